import { describe, expect, it } from 'vitest';
import { directQuotes, extract, quoteWith } from './extract.ts';

// Made-up sentences in the shapes news writing uses; [case, body, words of the quote, expected speaker].
describe('attributing a direct quote', () => {
  it.each([
    ['the name after "said"', '“We will rebuild the bridge,” said Anna Kowalski, a former city engineer who runs a consultancy.', 'rebuild the bridge', 'Anna Kowalski'],
    ['the name before "said"', '“The budget is balanced,” Mayor Tom Reyes said on Monday.', 'budget is balanced', 'Tom Reyes'],
    ['a name with a party tag and an appositive', 'Rep. Dana Whitfield (D-Ore.), the ranking member of the panel, said: “This bill is dead.”', 'bill is dead', 'Dana Whitfield'],
    ['a title before the name', 'Russia’s military Chief of Staff, Valery Gerasimov, said: “The region is secure.”', 'region is secure', 'Valery Gerasimov'],
    ['a title "of" a department before the name', '“The talks will resume,” Secretary of Homeland Security Ines M. Varga said.', 'talks will resume', 'Ines M. Varga'],
    ['a title "of" a body word and what it is of before the name', '“The union will sit this one out,” UMWA Director of Government Affairs Ines Varga said.', 'sit this one out', 'Ines Varga'],
    ['a participle after the main clause', 'Gerasimov thanked the engineers, saying,“They worked day and night to finish it.”', 'worked day and night', 'Gerasimov'],
    ['"stating" before a partial quote', 'Lena Ortiz praised the volunteers, stating they “kept the shelter open all winter.”', 'kept the shelter open', 'Lena Ortiz'],
    ['a quote inside reported speech', 'Spokesperson Ida Brandt added that the city “will never forget its firefighters.”', 'never forget its firefighters', 'Ida Brandt'],
    ['a one-word quote after the verb\'s object', 'Commander Piet Laan claimed his troops had “defeated” the raiders.', 'defeated', 'Piet Laan'],
    ['"according to"', 'According to Sheriff Mona Hale, “the road will stay closed until Friday.”', 'road will stay closed', 'Mona Hale'],
    ['an embedded post\'s byline', '“Voting is the only answer to this. Go vote.” ― Carla Mendes (@carlamendes) September 27, 2016', 'Voting is the only answer', 'Carla Mendes'],
    ['a transcript-style label', 'Gerasimov: “The operation is over.”', 'operation is over', 'Gerasimov'],
    ['an organisation\'s statement', '“Our units continue to hold their positions,” the General Staff statement reads.', 'continue to hold', 'General Staff'],
    ['a company whose name opens with "General"', '“We paid every cent we owed,” General Motors said in a statement.', 'every cent', 'General Motors'],
    ['"echoed:" before the quote', 'Tom Hale echoed: “He speaks his mind, and that is what we need.”', 'speaks his mind', 'Tom Hale'],
    ['a title "of" a place, as the description it is, never the place', '“We will rebuild,” said the former governor of New Dale.', 'We will rebuild', 'former governor of New Dale'],
    ['a name between a title "of" a place and the name', '“We will rebuild,” Governor of New Dale Tom Hale said.', 'We will rebuild', 'Tom Hale'],
    ['a surname that is also a title, after an initial', '“We will rebuild,” said Representative Peter T. King of New York.', 'We will rebuild', 'Peter T. King'],
    ['the name in commas after a role "of" a body', 'The director of the Federal Bureau of Investigation, Tom Ruiz, said: “We are ready.”', 'We are ready', 'Tom Ruiz'],
    ['the speaker of "said by telephone", which is no passive', '“We are fine,” Ms. Ana Gao said by telephone.', 'We are fine', 'Ana Gao'],
    ['a surname that is also a title, after a given name', '“It is a disgrace,” said former governor Howard Dean.', 'It is a disgrace', 'Howard Dean'],
    ['a title-surname after a title and a given name', '“It is a disgrace,” said Sen. Angus King.', 'It is a disgrace', 'Angus King'],
    ['a name after a plural title ("Senators")', 'Senators Ann McLee and Tom Hale met on Monday. “The bill is dead,” McLee said.', 'bill is dead', 'Ann McLee'],
    ['a name after a plural for people ("Democrats")', 'Fellow Democrats Ann Lee and Tom Hale met on Monday. “The bill is dead,” Lee said.', 'bill is dead', 'Ann Lee'],
    ['a name after a country\'s initials a sentence did not end', 'The drugs cross into the U.S. Ann Lee added that “the wall will not stop them.”', 'wall will not', 'Ann Lee'],
    ['a body whose name opens with a country\'s initials (guard)', '“Mail will be late,” the U.S. Postal Service said.', 'Mail will be late', 'U.S. Postal Service'],
    ['a title-surname after two given names', '“It was the best of times,” said tennis great Billie Jean King.', 'best of times', 'Billie Jean King'],
    ['a title at the end of a title ("the Law School Dean")', '“It is a disgrace,” said the Law School Dean.', 'It is a disgrace', 'Law School Dean'],
    ['a description whose adjective takes a phrase after the noun ("a source close to")', '“He is worked up about it,” said a source close to the campaign.', 'worked up', 'source close to the campaign'],
    ['the name after a preposition before ", who" (who is a person)', 'The row triggered a damning reaction from Mayor Ann Lee, who called the plan “unfit to serve” the city.', 'unfit to serve', 'Ann Lee'],
    ['a closing attribution after trailing words', "''I admire the mechanics'' of the plan, Mr. Jonas Berg said.", 'admire the mechanics', 'Jonas Berg'],
    ['a second appositive before the verb', '“It is an overreach,” Nora Patel, the attorney general of the state, one of those suing the agency, said this week.', 'an overreach', 'Nora Patel'],
    ['the subject of the clause a participle after the quote hangs on', 'Ines Calder described her first job “at the bakery on Mill Street,” recalling winter mornings in Duluth.', 'bakery on Mill Street', 'Ines Calder'],
    ['a newspaper whose name ends in a document word', 'The mill paid its workers in scrip, which was “a form of wage theft,” The Harbor Post reported in 1931.', 'form of wage theft', 'Harbor Post'],
    ['a name before two appositives, the first ending in a name', 'Rosa Imani, director of the Harbor Trust, the city’s oldest charity, said the fund “will not run dry this year.”', 'not run dry', 'Rosa Imani'],
    ['the speaker of a participle after an embedded question', 'Mayor Ida Park would not say how the council would vote, saying only that the plan “has broad support downtown.”', 'broad support downtown', 'Ida Park'],
    ['the name after an inverted verb that opens the sentence', 'Stated Kari Lund: “The bridge will reopen in May.”', 'bridge will reopen', 'Kari Lund'],
    ['"told" with its listener', 'Senator Ruth Okafor told reporters: “We have the votes.”', 'have the votes', 'Ruth Okafor'],
    ['the second part of a quote split by "said X, <who X is>,"', '“These guys know words,” said Ann Sherman, a pastor at Hope Church, “and leave themselves wiggle room.”', 'wiggle room', 'Ann Sherman'],
    ['the second part of a quote split by "said X, <-ing phrase>,"', '“These guys know words,” said Sherman, speaking of politicians, “and leave themselves wiggle room.”', 'wiggle room', 'Sherman'],
    ['"characterizes X as"', 'On the trail, Ruth Okafor routinely characterizes herself as a “change warrior” who saved the firm.', 'change warrior', 'Ruth Okafor'],
  ])('finds %s', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)).toMatchObject({ kind: 'direct', speakerName: speaker });
  });

  it('reads “A,” Name <any verb>. as dialogue, not as the previous speaker going on', () => {
    const body = 'Mayor Ida Park called the bridge safe. “It will stand for a century,” she said.\n“It will fall within a year,” an angry Tom Hale fired back.';
    expect(quoteWith(extract(body), 'fall within a year')?.speakerName).toBe('Tom Hale');
  });

  // A war-news probe gave "our own struggling citizens" to "the crowd".
  it('reads no dialogue tag after a quote that words before it hold ("as Lee went on about … “…,” the crowd cheered")', () => {
    const body = 'Tom Hale spoke first. As Ivo Marsh went on about “how the system is rigged” and “our own struggling citizens,” the crowd cheered.';
    expect(quoteWith(extract(body), 'struggling citizens')?.speakerName).not.toBe('crowd');
  });

  it('still reads “A,” the crowd <any verb>. as dialogue when the quote opens the sentence (guard)', () => {
    expect(quoteWith(extract('Tom Hale spoke first. “We want Hale,” the crowd cheered again.'), 'want Hale')?.speakerName).toBe('crowd');
  });

  it('gives a second quote after “A,” he said. the same speaker', () => {
    const quotes = extract('“The plan failed,” Maya Lind said. “We will try again next year.”');
    expect(quoteWith(quotes, 'try again')?.speakerName).toBe('Maya Lind');
  });

  it('gives a paragraph that is only a quote the speaker of the paragraph before', () => {
    const quotes = extract('“The plan failed,” said Maya Lind, the council leader.\n\n“We will try again next year, and we will win.”');
    expect(quoteWith(quotes, 'try again')?.speakerName).toBe('Maya Lind');
  });

  it('joins a quote that runs over several paragraphs into one statement', () => {
    const body = 'Maya Lind said: “The plan failed because nobody funded it.\n\n“We will try again next year.”';
    const quotes = directQuotes(body);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ paragraphs: [1, 2], speakerName: 'Maya Lind' });
    expect(quotes[0]!.text).toBe('The plan failed because nobody funded it.\nWe will try again next year.');
  });

  it('never makes "like" in "was like saying “…”" a speaker', () => {
    const body = 'Mr. Tom Ruiz spoke first. He added that praising the mayor was like saying the team “scored 19 runs in the first inning.”';
    const direct = extract(body).find((q) => q.kind === 'direct' && q.text.includes('scored 19 runs'));
    expect(direct?.speakerName).toBe('Tom Ruiz');
  });

  it('keeps quote offsets pointing at the quoted words in the body', () => {
    const body = 'Intro paragraph here.\n\n“The budget is balanced,” Mayor Tom Reyes said.';
    const quote = quoteWith(extract(body), 'budget')!;
    expect(body.slice(quote.start, quote.end)).toBe(quote.text);
  });
});

describe('never putting words in anyone\'s mouth', () => {
  it.each([
    ['scare quotes with no reporting verb', 'Talks aimed to establish a “full and unconditional ceasefire.”', 'full and unconditional'],
    ['a quote that ends its sentence before a new one', '“The harvest was poor.” Farmers in the valley began selling land.', 'harvest was poor'],
    ['the object of a participle after the quote', 'Her memoir opens “at the bakery on Mill Street,” recalling winter mornings in Duluth.', 'bakery on Mill Street'],
    ['a verb used as an adjective', 'The city’s claimed “record surplus” was questioned by auditors.', 'record surplus'],
    ['a title followed by a passive "written by"', 'Later that month, Scribner will publish “Trump Revealed,” a biography written by the editor Marc Fisher.', 'Trump Revealed'],
    ['a month and year before the verb ("in May 2012, …, concluded")', 'A memo drafted for the firm in May 2012, and seen by reporters, concluded that the plan was "fully legal under the act."', 'fully legal'],
    ['a month that modifies a noun read as a verb ("her March comment")', 'The union is unlikely to back Ruiz after her March comment that, "We will close every mine in the state."', 'close every mine'],
    ['a plural noun before a verb in the singular ("… and boats suggests")', 'A look at the mayor’s cars and boats suggests that the fleet is "mostly for show."', 'mostly for show'],
    ['the words of a third person the speaker passes on ("said X, quoting Y,")', '“It is a fine speech,” said Ann Sherman, quoting Lincoln, “and the world will little note it.”', 'little note'],
    ['a negated verb before someone else\'s words', 'But Tom Ruiz would not comment on an order signed by the governor “to protect privacy and equality.”', 'protect privacy'],
  ])('leaves the speaker null for %s', (_case, body, words) => {
    expect(quoteWith(extract(body), words)?.speakerName ?? null).toBeNull();
  });

  it.each([
    ['a place name in quotes', 'Forces repelled five attacks in the “Kursk” operational zone.', 'Kursk'],
    ['a show title in quotes', 'She appeared on “Fox News Sunday” to defend the plan.', 'Fox News Sunday'],
  ])('does not make %s a statement', (_case, body, words) => {
    expect(quoteWith(extract(body), words)).toBeUndefined();
  });

  it('still takes a surname that is also a month for the person ("May said")', () => {
    expect(quoteWith(extract('Theresa May spoke first. "We will leave," May said.'), 'We will leave')?.speakerName).toBe('Theresa May');
  });

  it('does not read a name and an acronym run together across a line break as one person', () => {
    const body = 'Crowds Greet Mayor Marta Holt\nWKRC reported that the crowd was large.\n\nLater that night, “the crowd was loud and happy,” WKRC said.';
    expect(quoteWith(extract(body), 'loud and happy')?.speakerName).toBe('WKRC');
  });

  it('does not resolve a description whose modifier conflicts with the only candidate', () => {
    const body =
      'Russia’s Chief of Staff, Valery Gerasimov, said the war was won.\n\nThe Ukrainian Chief of Staff noted that while the front remains “difficult,” the army holds.';
    expect(quoteWith(extract(body), 'difficult')?.speakerName).toBe('Ukrainian Chief of Staff');
  });
});
