import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

const reported = (body: string) => extract(`Tom Hale spoke first. ${body}`).filter((q) => q.kind === 'reported').map((q) => [q.text, q.speakerName]);

// "Moscow's claim that its forces had retaken Kursk came as talks resumed":
// a war-news probe read no statement from the claims the sentences were about.
describe('a claim a name or body owns, with its content', () => {
  it.each([
    ['before the sentence\'s own verb', 'Salem’s claim that its forces had retaken the town came as talks resumed.', 'its forces had retaken the town', 'Salem'],
    ['before a modal and "not"', 'Salem’s claim that its forces had not yet retaken the town could not be verified.', 'its forces had not yet retaken the town', 'Salem'],
    ['with a passive verb before the main one', 'The ministry’s claim that 7,000 soldiers were killed is impossible to verify.', '7,000 soldiers were killed', 'ministry'],
    ['as the object of a verb that rejects it', 'Dover rejected Salem’s claim that its forces had retaken the town.', 'its forces had retaken the town', 'Salem'],
    ['after a preposition in the phrase before it', 'Analysts noted inconsistencies with Salem’s claim that it had tested a new missile.', 'it had tested a new missile', 'Salem'],
    ['with an infinitive in it', 'The mayor’s claim that the town would have to wait its turn angered Dover.', 'the town would have to wait its turn', 'mayor'],
    ['with a compound of a hyphen and a participle', 'Ann Lee’s claim that there were shootings in gun-controlled Salem this year drew fire.', 'there were shootings in gun-controlled Salem this year', 'Ann Lee'],
    ['as a deed claimed ("claim to have recaptured")', 'Salem’s claim to have recaptured the town, if confirmed, would end the raid.', 'recaptured the town', 'Salem'],
    // War-news probe: "Moscow's claim that 76,000 Ukrainian soldiers had been killed or wounded in Kursk" ended at "or".
    ['with two verbs joined ("killed or wounded")', 'Ann Lee referred to the ministry’s claim that 7,000 soldiers had been killed or wounded in Salem.', '7,000 soldiers had been killed or wounded in Salem', 'ministry'],
    ['with two verb groups joined, before the sentence\'s own verb', 'Salem’s claim that its forces had retaken the town and were advancing was false.', 'its forces had retaken the town and were advancing', 'Salem'],
  ])('is the owner\'s statement %s', (_case, body, text, speaker) => {
    expect(reported(body)).toContainEqual([text, speaker]);
  });

  it.each([
    ['at a comma', 'While Ann Lee’s claim that her net worth exceeds $10 billion, most firms put her far lower.', 'her net worth exceeds $10 billion'],
    ['at "because"', 'Ann Lee’s claim that she won in Salem because voters there are young is nothing but spin.', 'she won in Salem'],
  ])('ends the content %s', (_case, body, text) => {
    expect(reported(body).map(([t]) => t)).toContain(text);
  });

  it.each([
    ['"his claim", whose owner may be the subject', 'Ann Lee repeated his claim that the vote was rigged.'],
    ['"claim to be", which names no deed', 'Salem’s claim to be winning is false.'],
    ['"the claim", which no one is named as making', 'The claim that the vote was rigged was repeated on Monday.'],
  ])('reads no statement from %s', (_case, body) => {
    expect(reported(body)).toEqual([]);
  });
});
