import { describe, expect, it } from 'vitest';
import { isPlaceName } from '../../src/core/quotes/places.ts';

describe('isPlaceName', () => {
  it.each(['South Carolina', 'the United States', 'Puerto Rico', 'Calif.', 'N.Y.', 'North Korea', 'Burma', 'Hong Kong', 'Ukraine', 'OH', 'Moscow', 'Kyiv', 'Kiev', 'Bogota', 'Beijing', 'Europe', 'Eastern Europe', 'Latin America'])('knows %s as a place', (name) => {
    expect(isPlaceName(name)).toBe(true);
  });

  it.each(['Ann Lee', 'Virginia Foxx', 'Georgia Lee', 'Kursk region', 'Brooklyn', 'Oh', 'Me', 'Victoria', 'Douglas', 'Sofia', 'Hamilton', 'Valley', 'world'])('does not take %s for a country, capital or state', (name) => {
    expect(isPlaceName(name)).toBe(false);
  });
});
