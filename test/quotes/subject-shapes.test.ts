import { describe, expect, it } from 'vitest';
import { directQuotes, extract, quoteWith } from './extract.ts';

// Made-up sentences whose subject phrase is more than a plain name:
// [case, body, words of the quote, expected speaker].
describe('reading the subject phrase of an attribution', () => {
  it.each([
    ['"One of" a plural before a verb in the singular (guard: the phrase is singular)', 'Tom Hale spoke first. One of Hale’s former aides says the plan is "dead on arrival."', 'dead on arrival', 'One of Hale’s former aides'],
    ['a name stressed by "himself" before "said" and a quote', 'Tom Hale spoke first. Mr. Sean Ruiz himself said, “I am going to win.”', 'going to win', 'Sean Ruiz'],
    ['a name stressed by "himself" after a quote', 'Tom Hale spoke first. “I am going to win,” Mr. Sean Ruiz himself said.', 'going to win', 'Sean Ruiz'],
    ['a glued hyphenated modifier before the name', '"The count is close," Ohio-based consultant Mara Quill said. "The bill will stall in committee."', 'stall in committee', 'Mara Quill'],
    ['a hyphenated modifier before a name after "said"', '"Nobody expected this turnout," said GOP-leaning pollster Ivo Brandt.', 'expected this turnout', 'Ivo Brandt'],
    ['a description followed by the name between commas', '"We have run out of money," the union\'s treasurer, Lea Hartmann, said in an interview.', 'run out of money', 'Lea Hartmann'],
    // PolNeAR train: "said another Twitter user, Johanna Bayer." had gone to the description.
    ['a description and its name after an inverted verb', '"We have run out of money," said the union\'s treasurer, Lea Hartmann.', 'run out of money', 'Lea Hartmann'],
    ['the same, with a clause after the name', '"We have run out of money," said the union\'s treasurer, Lea Hartmann, who keeps the books.', 'run out of money', 'Lea Hartmann'],
    // Had no speaker: only a comma or bracket opened an aside before the verb.
    ['an aside between dashes after the name', '"We have run out of money," Lea Hartmann — who keeps the union\'s books — said.', 'run out of money', 'Lea Hartmann'],
    ['a transcript label with a party tag', 'Rep. Ann Lee (D-Ohio): "Who told you that the files were safe?"', 'files were safe', 'Ann Lee'],
    ['a transcript label with a title', 'Former governor Tom Hale:"We learned that from the department itself."', 'learned that from', 'Tom Hale'],
    // Subhead-style labels had no speaker.
    ['a label of a name and its topic', 'Tom Hale spoke first.\n\nAnn Lee on the army: "We learned that from the department itself."', 'learned that from', 'Ann Lee'],
    // War-news probe: a roundup of reactions ("Dmitry Peskov, Kremlin spokesman: “…”") had no speakers.
    ['a label of a name and its role', 'How leaders reacted:\n\nAnn Lee, mayor of Salem: "We learned that from the department itself."', 'learned that from', 'Ann Lee'],
    ['a label of a name and whom it addresses', 'Tom Hale spoke first.\n\nAnn Lee, to Ben Cole: "We learned that from the department itself."', 'learned that from', 'Ann Lee'],
    ['"who also said that" after an appositive naming a place', '"The vote is close," said Ana Ruiz, a fellow at the Civic League, who also said that the bill "will die in committee without more work."', 'die in committee', 'Ana Ruiz'],
    ['"who said" right after the name', 'The plan was drafted by Omar Vance, who said it "will pay for itself within a decade."', 'pay for itself', 'Omar Vance'],
    ['", who said" after a clause with its own verb, not an appositive', 'In Salem, Tom Hale sat through a lecture from the county sheriff, who said that the road "will stay closed until May."', 'stay closed until May', 'county sheriff'],
    ['", who suggested" after a name ending in "Jr." reached through "from"', 'The remark prompted a sharp reply from Tom Hale Jr., who suggested that the mayor "is trying to stay relevant."', 'stay relevant', 'Tom Hale Jr.'],
    ['", who argued" after a title reached through "from"', 'Mr. Hale cited a memo from the mayor\'s chief of staff, who argued that the road "will stay closed until May."', 'stay closed until May', "mayor's chief of staff"],
    ['a full name followed by "of" and an employer', '"Whether you agree or not, he is winning," said Ted Varga of digital consulting firm Brightline.', 'he is winning', 'Ted Varga'],
    ['a full name followed by "of" and a place', '"The numbers do not add up," Nadia Ferro of Springfield said.', 'do not add up', 'Nadia Ferro'],
    ['a name damaged by a wrong text encoding', 'As prosecutor Marc Tr\u00c3\u00a9vidic put it, "apart from some jogging, nothing."', 'some jogging', 'Marc Tr\u00c3\u00a9vidic'],
    ['a title "of" an office before the name', 'County Supervisor of Elections Susan Bucher said: "Independent voters cannot vote in the primary."', 'Independent voters', 'Susan Bucher'],
    ['a part of a group named by "one of"', 'The council met on Monday. One of the aides said the plan is “dead on arrival.”', 'dead on arrival', 'One of the aides'],
    ['a part of a group named by "much of"', 'The council met on Monday. Much of the media called the plan “dead on arrival.”', 'dead on arrival', 'Much of the media'],
    ['the name ending an opening phrase with no comma after it', 'In an interview with CNN Ann Lee said: “We will win the vote.”', 'win the vote', 'Ann Lee'],
    ['the phrase after "with" inside the sentence, not the place at its end (guard)', 'And Tom Hale turned on Lee, with the campaign of the former senator from Ohio saying Lee was “not a real conservative.”', 'real conservative', 'campaign'],
    ['the phrase after an opening time, past a dashed aside', 'In the last few days, union leaders — and, in particular, the treasurer Ann Lee — insisted that the deal “must include a delay.”', 'must include a delay', 'union leaders'],
    ['a title "of the" a body before the name', 'Speaker of the House Rep. Tom Hale said “the bill is dead.”', 'bill is dead', 'Tom Hale'],
    // War-news probe (TASS style): the speaker was "Acting Governor".
    ['a qualified title "of the" a body before the name', 'Acting Governor of the Kursk Region Tom Hale said the return would begin “as soon as the sappers finish.”', 'sappers finish', 'Tom Hale'],
    // War-news probe: the speaker was "Russian Chief".
    ['a nationality before a title "of the" a body', 'Russian Chief of the General Staff Tom Hale said the operation was “completely over.”', 'completely over', 'Tom Hale'],
    ['a country\'s possessive before a title "of the" a body', 'Salem’s Chief of the General Staff Tom Hale said the operation was “completely over.”', 'completely over', 'Tom Hale'],
    ['two titles joined by "and" before the name, after "said"', '“We are ready,” said former Ohio Gov. and party Chairman Ann Lee.', 'We are ready', 'Ann Lee'],
    ['a title and someone else joined by "and", after "said" (guard)', '“We are ready,” said the governor and Ann Lee.', 'We are ready', 'the governor and Ann Lee'],
    ['a title "of the" a body before the name, after "said"', '“We are ready,” said Secretary of the Navy Ann Lee.', 'We are ready', 'Ann Lee'],
    ['a title "of the" a body with "of" in it before the name', 'Chairman of the Joint Chiefs of Staff Gen. Ann Lee said: “We are ready.”', 'We are ready', 'Ann Lee'],
    ['the one a "whose" clause tells of, not the person named in it', 'Ann Lee, whose husband, Tom Hale, died in May, said: “We will go on.”', 'We will go on', 'Ann Lee'],
    ['the one a "whose" clause tells of, not the place named in it', 'Ann Lee, whose hometown, Dayton, is sinking as the sea rises, argues: “The plan will fail.”', 'plan will fail', 'Ann Lee'],
    ['a name with a party tag and a stray comma, past a town and its postal code', 'In Berea, OH, after winning the primary, Gov. Tom Hale (R-OH), said, “I am getting ready to rent a covered wagon.”', 'covered wagon', 'Tom Hale'],
    ['a phrase between "has" and its participle, in a "who" clause', 'Mia Roth, who has in the past described the mayor as “a danger to the city,” spoke on Monday.', 'danger to the city', 'Mia Roth'],
    ['a phrase between "had" and its participle', 'Tom Hale had for years called the tax “a theft from the poor.”', 'theft from the poor', 'Tom Hale'],
    ['a title and the name between commas after the quote', '"The audit found nothing," the agency\'s chief auditor, Paul Brenner, told reporters.', 'audit found nothing', 'Paul Brenner'],
    // PolNeAR train: "Billionaire Donald Trump", "Comedian Sarah Silverman" were names.
    ['a word for a person opening the sentence before a given name and a surname', 'Tom Hale spoke first. Comedian Ann Lee said: “We are ready.”', 'We are ready', 'Ann Lee'],
    ['a given name that is a word, opening the sentence before another given name (guard)', 'Tom Hale spoke first. Rose Mary Ruiz said: “We are ready.”', 'We are ready', 'Rose Mary Ruiz'],
    // PolNeAR train named Trump "Bashing Trump" after "Bashing Trump may be job one".
    ['a name a gerund opening a sentence stood before', 'Tom Hale spoke first. Bashing Hale may be job one for Ann Lee. “We are ready,” Hale said.', 'We are ready', 'Tom Hale'],
    // War-news probe: "Its presenter, Ernest Mackevičius, called it “a historic day.”" gave "Ernest Mackevi".
    ['a name with letters past Latin-1', 'Tom Hale spoke first. Salem’s envoy, Radosław Mackevičius, said: “We are ready.”', 'We are ready', 'Radosław Mackevičius'],
    // War-news probe: "Downing Street said" spoke as "Street".
    ['a street whose name opens with a word ending in "-ing"', 'Tom Hale spoke first. Reading Road said: “We are ready.”', 'We are ready', 'Reading Road'],
    ['a firm whose name opens with a gerund (guard)', 'Tom Hale spoke first. Playing Field Promotions said: “We are ready.”', 'We are ready', 'Playing Field Promotions'],
    ['a word for a person that opens a name before an initial (guard)', 'Tom Hale spoke first. Hunter S. Ruiz said: “We are ready.”', 'We are ready', 'Hunter S. Ruiz'],
  ])('finds %s', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)).toMatchObject({ kind: 'direct', speakerName: speaker });
  });

  // A war-news probe lost "Lykhovyi's counterpart in Moscow, Igor
  // Konashenkov, said …": the one-word "counterpart" was taken for the
  // subject, and the name after "in Moscow" was passed over with the place.
  it.each([
    ['a one-word description after "his", then the name between commas', 'Tom Hale spoke first. His counterpart, Ivo Brandt, said the forces had taken the bridge.', 'Ivo Brandt'],
    ['a possessive description with a place, then the name between commas', 'Tom Hale spoke first. Hale’s counterpart in Salem, Ivo Brandt, said the forces had taken the bridge.', 'Ivo Brandt'],
    ['a rank the tagger reads as an adjective, then a relative clause', 'Tom Hale spoke first. The general, who led the northern group, told state TV the forces had taken the bridge.', 'general'],
    // PolNeAR dev had "Texas" as the speaker of a subhead.
    ['a title with no article, then a place ("Senator from Salem says")', 'Tom Hale spoke first. Senator from Salem says the forces had taken the bridge.', 'Senator'],
    // PolNeAR dev had "third time AROS" as the speaker.
    ['an acronym after "the third time"', 'Tom Hale spoke first. It was the third time NFTU said the forces had taken the bridge.', 'NFTU'],
    // PolNeAR train gave these two to "Columbus" and "Islamic State".
    ['a town after "to" in a relative clause on the name', 'The plan stalled. Vice President Ann R. Lee Jr., who was to travel to Salem, Ohio, on Wednesday to promote the new rules, said the forces had taken the bridge.', 'Vice President Ann R. Lee Jr.'],
    ['a body after "to", then verbs joined by commas and "and"', 'The plan stalled. Before the attacks, Ruiz took a more hands-off approach to the Salem Front, suggesting the U.S. outsource the fight to Syria and Russia, was tepid about U.S. involvement in Ukraine and distinguished himself in the Republican field by saying the forces had taken the bridge.', 'Ruiz'],
    ['a one-word plural with no name after it (guard)', 'Tom Hale spoke first. Officials, speaking on condition of anonymity, said the forces had taken the bridge.', 'Officials'],
    // War-news probe: "Analysts at the Institute for the Study of War, a Washington-based think tank,
    // said they had seen geolocated footage …" read no statement ("Analysts" was tagged a noun).
    ['a plural for people the tagger reads as a noun, its body, then an appositive on the body', 'Tom Hale spoke first. Analysts at the Salem Institute, a think tank, said the forces had taken the bridge.', 'Analysts'],
  ])('finds the subject of a reported clause: %s', (_case, body, speaker) => {
    expect(quoteWith(extract(body), 'the forces had taken')).toMatchObject({ kind: 'reported', speakerName: speaker });
  });
});

describe('finding the main clause a participle hangs on', () => {
  it.each([
    ['past an adverbial clause inside the sentence', 'Ana Ruiz apologized for the posts after they surfaced, saying they "do not reflect who I am today."', 'reflect who', 'Ana Ruiz'],
    ['past a "because" clause', 'Jon Pike left the panel because the rules changed, adding that the board "no longer listens to anyone."', 'no longer listens', 'Jon Pike'],
    ['past an adverb before the participle', 'Ann Lee has voiced frustration, and even a little fear, about the first debate, recently telling one friend that she is unsure "which Tom Hale will show up."', 'which Tom Hale', 'Ann Lee'],
    ['past a relative clause on the object', 'Sen. Ana Ruiz weighed in on charges against the mill\'s manager, who allegedly struck a worker, calling the act "a firing offense."', 'firing offense', 'Ana Ruiz'],
    ['a second verb inside a relative clause (guard)', 'Ana Ruiz was asked by host Tom Hale, who is supporting Ruiz, but has previously dismissed the story, "Now, you said the story had moved on."', 'story had moved on', 'Tom Hale'],
    ['in an adverbial clause that opens the sentence', 'When the protesters interrupted Dana Cole, shouting "Shame on you and your donors," she stopped.', 'Shame on you', 'protesters'],
    ['in an adverbial clause after a main clause whose subject is a thing', 'The first incident came during a rally in Ohio, when student protesters interrupted her speech, shouting “we want work!”', 'want work', 'student protesters'],
    ['of the main clause, past a thing as the subject of its object clause', 'Ann Lee told reporters on Monday the mood of the talks was calm, with tense moments, and predicted that voters “will be uneasy.”', 'will be uneasy', 'Ann Lee'],
    ['as the one a "whose" clause on the subject belongs to', 'The hacker whose mischief first showed that the mayor used a private server while she was in office pleaded guilty on Friday, admitting that “I did it for fame.”', 'for fame', 'hacker'],
    ['after a quote, as the subject after an inverted "said"', '“Oh, let him decide,” said Vice President Ann Lee, urging his critics to “give him time.”', 'give him time', 'Ann Lee'],
    // War-news probe: "“This is the end,” wrote Yuri Podolyaka on Telegram, adding that Ukraine had lost “thousands”" gave "thousands" to no one.
    ['after a quote, as the name after a verb of speech that takes an object ("wrote")', '“This is the end,” wrote Ann Lee on her channel, adding that the army had lost “thousands” of men.', 'thousands', 'Ann Lee'],
    ['opening the sentence, as the subject after an inverted "Added"', 'Tom Hale spoke. Added Ann Lee, a former mayor, urging calm: “We need time.”', 'We need time', 'Ann Lee'],
    ['with "by" and an -ing form the tagger reads as a noun', 'Tom Hale rallied supporters by warning darkly that “the rule of the right is in danger.”', 'rule of the right', 'Tom Hale'],
    ['after a comma, with an -ing form the tagger reads as a noun', 'Tom Hale rallied supporters, warning that “the rule of the right is in danger.”', 'rule of the right', 'Tom Hale'],
    ['as the owner of the noun after "his" (guard: a noun outside a participle\'s place)', 'Tom Hale repeated his warning that “the rule of the right is in danger.”', 'rule of the right', 'Tom Hale'],
    ['in a reported clause that "in" joins it to with no comma', 'Tom Hale refused to concede that critics had a point in saying that “businesses might hire fewer workers.”', 'hire fewer workers', 'critics'],
    ['as a book that opens a clause after "and", not the subject before it (guard)', 'Ann Lee spoke first. She later withdrew the claim, and Tom Hale’s book included a note from her, clarifying that “it was a misunderstanding.”', 'misunderstanding', 'Tom Hale’s book'],
  ])('finds the speaker %s', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName).toBe(speaker);
  });

  it('finds the speaker in the main clause when a comma stands before "by" (guard)', () => {
    const body = 'Tom Hale said that critics had a point, by saying that “businesses might hire fewer workers.”';
    expect(quoteWith(directQuotes(body), 'hire fewer workers')?.speakerName).toBe('Tom Hale');
  });

  it('names no speaker when the only subject in the sentence is a thing', () => {
    const quote = quoteWith(extract('Its first salvo began on Monday with a web ad, yelling “Stop the count!”'), 'Stop the count');
    expect(quote?.speakerName ?? null).toBeNull();
  });

  it('still gives a participle to a document as its subject (guard)', () => {
    const quote = quoteWith(extract('The report was released on Monday, saying the plan “will fail within a year.”'), 'fail within a year');
    expect(quote?.speakerName).toBe('report');
  });
});

describe('telling a subject from an object before the verb', () => {
  it('takes the head of a relative clause, not the object inside it', () => {
    const quotes = extract('A city official who spoke on condition of anonymity to discuss internal plans said Monday, "The bridge will close for a year."');
    expect(quoteWith(quotes, 'bridge will close')?.speakerName).toBe('city official');
  });

  it('takes the head of a relative clause, not its object after "his"', () => {
    const quotes = extract('Even mayors who have praised his budget warned on Tuesday that “the cuts go too far.”');
    expect(quoteWith(quotes, 'cuts go too far')?.speakerName).toBe('mayors');
  });

  it('takes the head of a relative clause, not its object after "her", whatever the verb\'s tag ("who back her rivals")', () => {
    const quotes = extract('Tom Hale spoke first. Voters who back her rivals say the bridge was never safe.');
    expect(quoteWith(quotes, 'bridge was never safe')?.speakerName).toBe('Voters');
  });

  it('keeps a subject after "his" that follows "Beyond that," (guard)', () => {
    const quotes = extract('Tom Hale spoke first. Beyond that, his advisers say that the bridge was never safe.');
    expect(quoteWith(quotes, 'bridge was never safe')?.speakerName).toBe('advisers');
  });

  it.each([
    ['"as"', 'Ann Lee spoke for an hour. “We are done here,” Lee said as the heckler yelled: “You lost!”', 'You lost', 'heckler'],
    ['"after" and "his"', 'The bill passed in May, months after his chief of staff argued that “it would never pass.”', 'never pass', 'chief of staff'],
  ])('reads the phrase after %s, which opens a clause, as its subject', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName).toBe(speaker);
  });

  it.each([
    ['"continued “to …”"', 'Tom Hale spoke first. The Salem ministry said its troops continued “to hold designated positions.”'],
    ['"continued “to …”" before "according to"', 'Tom Hale spoke first. The Salem ministry said its troops continued “to hold designated positions,” according to Reuters.'],
  ])('gives a quote after a weak verb and "to" inside the quote to the speaker of the clause it is in: %s', (_case, body) => {
    expect(quoteWith(extract(body), 'hold designated positions')).toMatchObject({ kind: 'direct', speakerName: 'Salem ministry' });
  });

  // A war-news probe gave "Ukrainian forces" Yermak's "active operations".
  it.each([
    ['"continue “…”"', 'Andriy Yermak spoke. Salem forces, he said, would continue “active operations”.', 'Andriy Yermak'],
    ['"began “…”"', 'Andriy Yermak spoke. The army began “a new phase” in May.', null],
    // War-news probe: "Pavel … said the Czech Republic would continue its ammunition initiative “as
    // long as it is needed.”" gave the quote to the Czech Republic.
    ['"continue" and its object', 'Tom Hale spoke first. Ann Lee said Salem would continue its aid program “as long as it is needed.”', 'Ann Lee'],
    // PolNeAR train: "as the platform committee meeting began vowing to “fight for every vote”".
    ['"began" and a participle', 'Tom Hale spoke first. He sent an email as the meeting began vowing to “fight for every vote.”', null],
  ])('does not read a quote right after %s as said by its subject', (_case, body, speaker) => {
    const quote = extract(body).find((q) => q.kind === 'direct');
    expect(quote?.speakerName ?? null).toBe(speaker);
  });

  it.each([
    ['"continued: “…”"', 'Tom Hale spoke. Ann Lee continued: “We will hold the bridge.”'],
    ['"Continued Lee: “…”"', 'Tom Hale spoke. Ann Lee spoke next. Continued Lee: “We will hold the bridge.”'],
    ['"continues that, in “…”"', 'Tom Hale spoke. Ann Lee continues that, in “our town, we will hold the bridge.”'],
  ])('reads %s as speech (guard)', (_case, body) => {
    expect(quoteWith(extract(body), 'hold the bridge')?.speakerName).toBe('Ann Lee');
  });

  it('gives the quote after "continue to be" to the one who said it, not to the subject of "continue"', () => {
    const quotes = extract('In a statement, Ann Lee said she is certain Tom Hale will continue to be “a champion for the mill towns.”');
    expect(quoteWith(quotes, 'champion for the mill')?.speakerName).toBe('Ann Lee');
  });

  it.each([
    ['a thing named after "called" when it is an object', 'The troupe is performing a popular play called "Sons of the Rich and Famous Men" in the capital.', 'Sons of the Rich'],
    ['"as if to say", which reports no words anyone said', 'Tom Hale could not have been more pleased. His face turned from side to side, his eyes gleaming, as if to say, “Did you see me pull that off?”', 'pull that off'],
  ])('does not make a speaker of %s', (_case, body, words) => {
    const quote = quoteWith(extract(body), words);
    expect(quote?.speakerName ?? null).toBeNull();
  });
});

describe('a relation of a named person as the speaker', () => {
  it.each([
    ['before the verb', 'The son of candidate Ann Lee said: “We will win this race.”', 'win this race', 'son of candidate Ann Lee'],
    ['after the verb', '“We will win this race,” said a close friend of Ann Lee.', 'win this race', 'close friend of Ann Lee'],
  ])('gives the quote to the relation, not to the person named, %s', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName).toBe(speaker);
  });

  // War-news probe: "a resident of Sudzha who asked that her surname not be
  // used" made the town the speaker.
  it.each([
    ['a resident of a place', 'Tom Hale spoke first. A resident of Sudzha said the town was empty.', 'resident of Sudzha'],
    ['a veteran of a war\'s country', 'Tom Hale spoke first. A veteran of Afghanistan said the town was empty.', 'veteran of Afghanistan'],
    ['a member of a body', 'Tom Hale spoke first. A member of Congress said the town was empty.', 'member of Congress'],
    ['the people of a place', 'Tom Hale spoke first. The people of Kursk said the town was empty.', 'people of Kursk'],
  ])('gives the words to the one who belongs, not to where they belong: %s', (_case, body, speaker) => {
    expect(quoteWith(extract(body), 'town was empty')?.speakerName).toBe(speaker);
  });

  it('still learns the full name written inside the relation', () => {
    const body = 'The fans of candidate Ann Lee cheered. “We will win this race,” Lee said.';
    expect(quoteWith(extract(body), 'win this race')?.speakerName).toBe('Ann Lee');
  });

  it('still learns the full name of the one a role serves ("a prosecutor for Ann Lee")', () => {
    const body = 'The vote was close, a prosecutor for Ann Lee said. Lee said later that she had not known the rule.';
    expect(quoteWith(extract(body), 'she had not known')?.speakerName).toBe('Ann Lee');
  });
});

describe('verbs around a quote that ends its own sentence', () => {
  it('takes the speaker of "“A,” adding, “B”" from the clause before the first quote', () => {
    const quotes = extract('On a talk show the day before, Mara Lind stated, “The plan would have failed without the money,” adding, “I think about 300 jobs were saved.”');
    expect(quoteWith(quotes, '300 jobs')?.speakerName).toBe('Mara Lind');
  });

  it.each([
    ['"tweeted a warning."', 'On the other side, Sen. Tom Price (R-Ga.), a candidate for governor, tweeted a warning. "Remember in November the members who blocked the vote."', 'Remember in November', 'Tom Price'],
    ['"wrote a short note."', 'Mayor Ana Ruiz, who opposed the plan, wrote a short note. "This vote is a disgrace to the whole city council."', 'disgrace to the whole', 'Ana Ruiz'],
  ])('reads the object after %s as what was said, not as its subject', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName).toBe(speaker);
  });
});

describe('a closing attribution whose verb has a listener', () => {
  it.each([
    ['a body ("told a Senate panel")', 'Tom Hale spoke first. The bridge will close in May, Ann Lee told a Senate panel on Wednesday.'],
    ['an event ("told a news conference")', 'Tom Hale spoke first. The bridge will close in May, Ann Lee told a news conference.'],
    ['people ("wrote supporters")', 'Tom Hale spoke first. The bridge will close in May, Ann Lee wrote supporters.'],
    ['a name ("wrote Mayor Ben Cole")', 'Tom Hale spoke first. The bridge will close in May, Ann Lee wrote Mayor Ben Cole.'],
  ])('reads the statement before it: %s', (_case, body) => {
    expect(quoteWith(extract(body), 'bridge will close')).toMatchObject({ kind: 'reported', speakerName: 'Ann Lee' });
  });
});

describe('a closing attribution with the verb first', () => {
  it.each([
    ['"noted" before a name', 'Debates in themselves are not likely to change the race, noted the Ledger\'s Dana Whitcombe.', 'not likely to change the race', 'Dana Whitcombe'],
    ['"said" before a description', 'The bridge will stay closed until spring, said a county spokesman.', 'bridge will stay closed', 'county spokesman'],
  ])('reads %s as the speaker', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName).toBe(speaker);
  });

  it.each([
    ['the object of a verb that takes one', 'The mill closed in May. “It broke us,” described the strain on the family.', 'It broke us'],
    ['a phrase that "as" says what was called', 'The mill closed in May. “It broke us,” recalled the strain as “endless.”', 'It broke us'],
  ])('does not read %s as the speaker', (_case, body, words) => {
    expect(quoteWith(extract(body), words)?.speakerName ?? null).toBeNull();
  });

  it('does not read the subject of a clause after "said" as the speaker', () => {
    const quotes = extract('Mara Lind, who estimated that half of the workers were “with us,” said the vote would pass.');
    const direct = quotes.find((q) => q.kind === 'direct' && q.text.includes('with us'));
    expect(direct?.speakerName).toBe('Mara Lind');
  });

  it.each([
    ['a description with a participle after it', '“There never was an order,” said the base chief known as Bob.', 'never was an order', 'base chief'],
    ['a name after a capitalised word that is also a verb', '“We take the court seriously,” State spokesman Mark Toner said Friday.', 'take the court', 'Mark Toner'],
  ])('still reads %s as the speaker', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName).toBe(speaker);
  });
});

describe('a place or person inside the subject phrase’s modifier', () => {
  it.each([
    ['a place after "in"', 'The plan stalled. Voters in Ohio said “the senator has no plans to change course.”', 'no plans to change', 'Voters'],
    ['a person after "to"', 'The plan stalled. An aide to Ann Lee said “the senator has no plans to change course.”', 'no plans to change', 'aide'],
    ['two places in a row', 'The plan stalled. Protesters outside the Capitol in Oakdale told reporters “the senator has no plans to change course.”', 'no plans to change', 'Protesters'],
    ['a place and an aside before a reported statement', 'Legislative leaders in North Dakota, for instance, noted that the panel had ruled against the state law.', 'panel had ruled', 'Legislative leaders'],
    ['a capitalised plural opening the sentence, a place, then a participle between commas', 'The plan stalled. Officials in Salem, speaking on condition of anonymity, said the senator “has no plans to change course.”', 'no plans to change', 'Officials'],
    ['a full name, a place, then a participle between commas', 'The plan stalled. Ann Lee in Salem, speaking to reporters, said the senator “has no plans to change course.”', 'no plans to change', 'Ann Lee'],
    ['an opening participle, then a name between commas (guard)', 'Alarmed by the unrest in Salem, Senator Tom Hale, the minority leader, said the senator “has no plans to change course.”', 'no plans to change', 'Tom Hale'],
    ['a place, then an appositive between commas', 'His critics in the United States, many of them conservative Catholics, argue that the bishop is “a political pope” at heart.', 'political pope', 'critics'],
    ['a named person before where they were', 'The plan stalled. Ann Lee at a rally in Dayton said “the senator has no plans to change course.”', 'no plans to change', 'Ann Lee'],
    ['a named person before "in a statement"', 'The plan stalled. Ann Lee in a statement said “the senator has no plans to change course.”', 'no plans to change', 'Ann Lee'],
    ['a place after a past participle', 'The plan stalled. People briefed on the talks in Geneva said that the senator “has no plans to change course.”', 'no plans to change', 'People briefed on the talks'],
    ['a place after a past participle, before a participle', 'Ann Lee read the names. The audience gathered in the East Room followed her by softly echoing “too many.”', 'too many', 'audience'],
    // War-news probe: "The mother of a Ukrainian soldier missing in Kursk said …" went to Kursk.
    ['a place after an -ing form', 'The plan stalled. The mother of a soldier missing in Salem said the senator “has no plans to change course.”', 'no plans to change', 'mother of soldier'],
    // War-news probe: "A spokeswoman for the Coordination Headquarters for the Treatment of Prisoners of War, which …, said" went to "the Treatment of Prisoners of War".
    ['a body with "for" in its name after a role and "for"', 'The plan stalled. A spokeswoman for the Salem Headquarters for the Care of Prisoners of War, which tracks missing soldiers, said the senator “has no plans to change course.”', 'no plans to change', 'spokeswoman'],
    // PolNeAR: "Attorneys for Clinton appeared to oppose the effort, saying … “has never been the property of …”" went to Clinton.
    ['a person after a role and "for"', 'The plan stalled. Attorneys for Ann Lee opposed the effort, saying the senator “has no plans to change course.”', 'no plans to change', 'Attorneys'],
    // War-news probe: "A Ukrainian brigade operating in the area stated that fighting continued" was no statement.
    ['a place after an -ing form on a military unit', 'The plan stalled. A brigade operating in the area said the senator “has no plans to change course.”', 'no plans to change', 'brigade'],
    ['a place after an -ing form on a plural the tagger reads as a name', 'The plan stalled. Residents living near the plant in Salem said the senator “has no plans to change course.”', 'no plans to change', 'Residents'],
    ['two places joined by "and"', 'The plan stalled. Exit polls in New Hampshire and Iowa indicated that the senator “has no plans to change course.”', 'no plans to change', 'Exit polls'],
    ['a place, then a dashed aside', 'The plan stalled. Party insiders across the four states — and most voters in Ohio — said the senator “has no plans to change course.”', 'no plans to change', 'Party insiders'],
    ['a hometown and its state', 'Voters lined up early. Stacy Baker of Columbia, South Carolina says she thinks Lee can win if he keeps “doing what he is doing.”', 'doing what he is doing', 'Stacy Baker'],
    // War-news probe: "A soldier in the brigade said" was lost (a soldier was no one) and "A soldier in the 47th Brigade said" went to "Brigade" ("47th" tagged a pronoun).
    ['a unit after "in"', 'The plan stalled. A soldier in the brigade said “the senator has no plans to change course.”', 'no plans to change', 'soldier'],
    ['a unit with an ordinal after "in"', 'The plan stalled. A soldier in the 47th Brigade said “the senator has no plans to change course.”', 'no plans to change', 'soldier'],
    ['a singular person noun the tagger reads as an adjective', 'One operative inside Hale Tower tried to downplay the remarks, saying they were “not a big deal around here.”', 'not a big deal', 'One operative'],
    ['a source whose adjective takes the phrase after it', 'The breach was wide. But a source familiar with the inquiry said the intruders were seeking “economic intelligence.”', 'economic intelligence', 'source familiar with the inquiry'],
    // PolNeAR train gave these two to "Columbus" and "Islamic State".
    // PolNeAR train gave these three statements to "Georgia and Virginia", "Nevada" and "Florida".
    ['a list of three places', 'The plan stalled. Most voters in Ohio, Iowa and Virginia said the senator “has no plans to change course.”', 'no plans to change', 'Most voters'],
    ['places between dashes, after an opening phrase', 'The plan stalled. Even so, insiders in the next two states — Nevada and South Carolina — said the senator “has no plans to change course.”', 'no plans to change', 'insiders'],
    ['a body and a place, then the names between commas', 'The plan stalled. Two members of Congress from Ohio, Ann Lee and Tom Ruiz, have said the senator “has no plans to change course.”', 'no plans to change', 'Ann Lee and Tom Ruiz'],
  ])('gives the quote to the phrase the modifier belongs to: %s', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName).toBe(speaker);
  });

  it.each([
    ['a body behind a document', 'A paper from the Hartwell Institution had this to say about the plan: "Families at the top would gain the most from it."', 'gain the most', 'Hartwell Institution'],
    // Had no speaker: "the Kremlin" after "from" was read as an object.
    ['a body after "A statement from"', 'Tom Hale spoke first. A statement from the Kremlin said, "The army is ready to move."', 'ready to move', 'Kremlin'],
    // War-news probe: "The statement from Russia's defence ministry said" was the statement's.
    ['a possessive body after "The statement from"', 'Tom Hale spoke first. The statement from Salem\'s defence ministry said, "The army is ready to move."', 'ready to move', "Salem's defence ministry"],
    // Had no speaker: "from" was read past only after a person's role.
    ['a body after "a statement from" in a closing attribution', 'Tom Hale spoke first. "The army is ready to move," a statement from the Kremlin said.', 'ready to move', 'Kremlin'],
    ['a person "from" a possessive body, who is no document (guard)', 'Tom Hale spoke first. A soldier from Salem\'s army said, "The army is ready to move."', 'ready to move', 'soldier'],
    ['a person titled after the body they lead', 'The Council on Arab Relations Executive Director Nina Awad says in a statement that the mayor’s “rhetoric has crossed the line.”', 'crossed the line', 'Nina Awad'],
    ['a title after other capitals (a headline run into the text)', 'AT LEAST 10 KILLED IN DEADLY HARBOUR EXPLOSION Turkish President Ali Demir said the bomber had “foreign roots.”', 'foreign roots', 'Ali Demir'],
    ['a name after a comma that follows a body "of" a place', 'Asked about the Bank of America, Tom Hale said “the deal is off for now.”', 'deal is off', 'Tom Hale'],
    ['a group counted "in 10"', 'The plan stalled. Six in 10 Republicans said “the senator has no plans to change course.”', 'no plans to change', 'Republicans'],
    // PolNeAR: "Programs for autistic adults vary …, depending on … whether they are "high" or "low" functioning".
    ['a thing before "for" (guard)', 'Programs for veterans vary from state to state and town to town, depending on whether they are "wounded" or not.', 'wounded', null],
  ])('keeps the phrase as written when the one before the preposition cannot speak: %s', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName ?? null).toBe(speaker);
  });
});

describe('a verb of refusing before "to say"', () => {
  it.each([
    ['"refused to say"', 'The debate ran late. Ann Lee refused to say the words “radical Islam” at the debate.', 'radical Islam'],
    ['"declined to call"', 'The vote was close. Tom Hale declined to call the result “a landslide” on Monday.', 'a landslide'],
  ])('makes no speaker of the one who %s the words', (_case, body, words) => {
    expect(quoteWith(extract(body), words)?.speakerName ?? null).toBeNull();
  });

  it('still gives what follows a dash and "saying" to the one who declined', () => {
    const quotes = extract('When she appeared late Monday, Ann Lee declined to claim victory - only saying that she felt a "sigh of relief" at the numbers.');
    expect(quoteWith(quotes, 'sigh of relief')?.speakerName).toBe('Ann Lee');
  });
});

describe('a town and its state between commas', () => {
  it.each([
    ['in a relative clause before the verb', 'Dana Cole, who lost her son in the shooting in Aurora, Colorado, in July 2012, said that the senator had treated her family badly.', 'treated her family badly', 'Dana Cole'],
    ['after the one who speaks', 'Ann Lee insists she is tough enough after a woman in Worcester, Massachusetts, told her she worries she is “too nice” to win.', 'too nice', 'woman'],
    ['after an appositive that only describes a name', 'An article about Ann Lee, one of the attackers in the shooting in San Bernardino, Calif., based on accounts from officials, reported that she had “talked openly online” about it.', 'talked openly online', null],
    ['after the object of a lawsuit\'s plaintiffs', 'Families of nine victims at a school in Newtown, Connecticut, have filed a lawsuit against the maker, alleging that its ads inspired the attack.', 'ads inspired', 'Families of nine victims'],
  ])('is never the speaker: %s', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName ?? null).toBe(speaker);
  });

  it('leaves a name after an opening place alone when it is no known state', () => {
    expect(quoteWith(extract('In Brooklyn, Ann Lee said “the senator has no plans to change course.”'), 'no plans')?.speakerName).toBe('Ann Lee');
  });
});

// War-news probe (headlines): "‘We are still there’: Ukrainian troops deny
// retreat" went to the speaker of the paragraph before.
describe('a headline quote before a colon', () => {
  it('goes to the subject after the colon when a verb of speech follows it', () => {
    expect(quoteWith(extract('Tom Hale said the plan was good.\n\n"We are still there": Kerlovo troops deny retreat'), 'still there')?.speakerName).toBe('Kerlovo troops');
  });

  it('carries on no earlier speaker when no verb of speech follows', () => {
    expect(quoteWith(extract('Tom Hale said the plan was good.\n\n"We are still there": a soldier\'s story'), 'still there')?.speakerName ?? null).toBeNull();
  });
});

// A label of a name and its topic is a speaker only when the name is one.
describe('a label that names no one', () => {
  it.each([
    ['a place and a topic', 'Tom Hale spoke first.\n\nNew York on alert: "We learned that from the department itself."'],
    ['a place and what it is', 'Tom Hale spoke first.\n\nKerlovo, a frontline town: "We learned that from the department itself."'],
    ['a capitalised common noun opening the sentence', 'Tom Hale spoke first.\n\nLetter to Ann Lee: "We learned that from the department itself."'],
    ['a headline in capitals', 'Tom Hale spoke first.\n\nVOTERS CARE MORE ABOUT THE ARMY - Ann Lee: "We learned that from the department itself."'],
  ])('gives no speaker: %s', (_case, body) => {
    expect(quoteWith(extract(body), 'learned that from')?.speakerName ?? null).toBeNull();
  });
});

// "Ann Lee, who called the plan “a disaster,” said, “…”": the second quote
// had no speaker, as the words before its verb are only the first quote's.
describe('a verb right after a quote inside an aside on the subject', () => {
  it.each([
    ['a relative clause', 'Tom Hale spoke first. Ann Lee, who called the plan "a disaster," said, "The army is ready to move."'],
    ['a relative clause with its own subject', 'Tom Hale spoke first. Ann Lee, whom Mia Ruiz once called "a traitor," said, "The army is ready to move."'],
    ['a participle', 'Tom Hale spoke first. Ann Lee, known as "the Hawk," said Monday that "the army is ready to move."'],
  ])('goes to the subject that opens the sentence: %s', (_case, body) => {
    expect(quoteWith(extract(body), 'ready to move')?.speakerName).toBe('Ann Lee');
  });

  // War-news probe: "Podolyak, responding to Peskov's claim that the region
  // was “fully liberated,” said the Kremlin “has been lying for three years.”"
  // gave both quotes to "the Kremlin": "said the Kremlin" was read as the
  // first quote's inverted attribution, and as the second's lead-in.
  it('goes to the subject past an -ing participle, not to the phrase after the verb', () => {
    const quotes = extract('Tom Hale spoke first. Ann Lee, responding to Mia Ruiz\'s claim that the town was "fully rebuilt," said the council "has been lying for years."');
    expect(quoteWith(quotes, 'has been lying')?.speakerName).toBe('Ann Lee');
    expect(quoteWith(quotes, 'fully rebuilt')?.speakerName).not.toBe('council');
  });

  it('still reads "said X" as inverted before a quote that opens with no verb (guard)', () => {
    expect(quoteWith(extract('"The town was rebuilt," said Mia Ruiz "in the end, at least."'), 'was rebuilt')?.speakerName).toBe('Mia Ruiz');
  });

  it('finds the subject after an opening phrase', () => {
    expect(quoteWith(extract('Tom Hale spoke first. In Kyiv, Ann Lee, who called the plan "a disaster," said, "The army is ready to move."'), 'ready to move')?.speakerName).toBe('Ann Lee');
  });

  it('does not take the object of a verb for the subject (guard)', () => {
    expect(quoteWith(extract('Tom Hale spoke first. Mia Ruiz praised Ann Lee, who called the plan "a disaster," said, "The army is ready to move."'), 'ready to move')?.speakerName ?? null).toBeNull();
  });

  it('keeps the quote in the aside its own (guard)', () => {
    expect(quoteWith(extract('Tom Hale spoke first. Ann Lee, whom Mia Ruiz once called "a traitor," said, "The army is ready to move."'), 'a traitor')?.speakerName).toBe('Mia Ruiz');
  });
});

// A war-news probe had no speaker for "“…,” a Ukrainian commander, who asked
// not to be named, told …" written without the commas, nor for the same
// clause before the quote, where "not" read as negating "said".
describe('a relative clause with no commas between the subject and its verb', () => {
  it.each([
    ['before a quote, ending in a participle', 'Tom Hale spoke first. A commander who asked not to be named said: “We hold the line.”', 'We hold the line', 'direct', 'commander'],
    ['before a reported clause', 'Tom Hale spoke first. A commander who asked not to be named said the line held.', 'the line held', 'reported', 'commander'],
    ['ending in an object pronoun and an adverb', 'Tom Hale spoke first. Officers who know him well say the general is tired.', 'the general is tired', 'reported', 'Officers'],
    ['after a quote', 'Tom Hale spoke first. “We hold the line,” a commander who asked not to be named told Reuters.', 'We hold the line', 'direct', 'commander'],
    ['after a reported clause', 'Tom Hale spoke first. The line held, a commander who asked not to be named said.', 'The line held', 'reported', 'commander'],
    ['ending in an adjective, before a quote', 'Tom Hale spoke first. A soldier who told reporters he was tired said: “We are leaving.”', 'We are leaving', 'direct', 'soldier'],
    // War-news probe: the "not" read as negating "said", and the statement was lost.
    ['ending in a clause that negates its own verb', 'Tom Hale spoke first. A woman who asked that her name not be used said the town was empty.', 'the town was empty', 'reported', 'woman'],
    // War-news probe: both went to no one.
    ['ending in an adverb, after a quote', 'Tom Hale spoke first. “We stayed,” a soldier who fought there told the BBC.', 'We stayed', 'direct', 'soldier'],
    ['ending in a verb the tagger reads as a noun', 'Tom Hale spoke first. A woman who lives nearby said: “We stayed.”', 'We stayed', 'direct', 'woman'],
    ['with "whose", after a quote', 'Tom Hale spoke first. “We are proud,” a woman whose son serves in the brigade told the BBC.', 'We are proud', 'direct', 'woman'],
    // PolNeAR: no statement was read.
    ['with "whose", before a reported clause', 'Tom Hale spoke first. The officials whose laws were struck down say the courts have changed.', 'the courts have changed', 'reported', 'officials'],
    // PolNeAR: both went to the name inside the clause.
    ['ending in a name after a preposition', 'Tom Hale spoke first. Executives who have worked with Ann Lee say they assume she shares his views.', 'she shares his views', 'reported', 'Executives'],
    ['ending in two names', 'Tom Hale spoke first. Many of the leaders who would rather back Ann Lee or Mia Ruiz said they had rallied behind the ticket.', 'rallied behind', 'reported', 'Many of the leaders'],
    // War-news probe: the place before the comma was taken for the subject, and the statement was lost.
    ['ending before an aside in commas', 'Tom Hale spoke first. A soldier who fought in Salem, speaking on condition of anonymity, said the retreat had been chaotic.', 'retreat had been chaotic', 'reported', 'soldier'],
    // PolNeAR: "Scott Morris, a former Treasury official who is now a senior fellow at …, which works to …, said".
    ['in an appositive, before an aside in commas (guard: the name before it)', 'Tom Hale spoke first. Sam Wu, a former official who is now a fellow at the Salem Center, which works on poverty, said the plan would fail.', 'plan would fail', 'reported', 'Sam Wu'],
  ])('finds the speaker %s', (_case, body, words, kind, speaker) => {
    expect(quoteWith(extract(body), words)).toMatchObject({ kind, speakerName: speaker });
  });

  it('gives the verb to the subject of a clause inside the relative clause ("who crashed when Lee said")', () => {
    const body = 'Tom Hale spoke first. It was Sam Wu, a pilot who crashed when Ann Lee said “turn left” over the radio.';
    expect(quoteWith(extract(body), 'turn left')?.speakerName).toBe('Ann Lee');
  });

  it('reads a clause after a verb of speech inside the relative clause whole ("who say taxes should be low")', () => {
    const body = 'Tom Hale spoke first. There are some economists who say corporate taxes should be very low or nothing at all.';
    expect(quoteWith(extract(body), 'corporate taxes')?.text).toBe('corporate taxes should be very low or nothing at all');
  });

  it('gives a verb right after "whose" and its noun to no one but that noun ("a woman whose son told")', () => {
    const quote = quoteWith(extract('Tom Hale spoke first. “We are proud,” a woman whose son told reporters.'), 'We are proud');
    expect(quote?.speakerName ?? null).toBeNull();
  });

  it('reads no statement for an infinitive after the clause ("who is riding a wave to contend")', () => {
    const body = 'Tom Hale spoke first. Officials detailed the plan. It worries Sam Wu, the senator who is riding a wave of anger to contend for the nomination.';
    expect(extract(body).filter((q) => q.speakerName === 'Sam Wu' || q.speakerName === 'senator')).toEqual([]);
  });

  it('ends the clause\'s own statement before the main verb ("who told reporters he was tired said …")', () => {
    const quotes = extract('Tom Hale spoke first. A man who told reporters he was tired said the town had fallen.').filter((q) => q.kind === 'reported');
    expect(quotes.map((q) => [q.text, q.speakerName])).toEqual([['he was tired', 'man'], ['the town had fallen', 'man']]);
  });

  it('ends the statement of a clause on an appositive before the named speaker\'s verb ("Natalia, a resident who said …, said")', () => {
    const quotes = extract('Tom Hale spoke first. Natalia, a resident of Sudzha who said she had lost her house, said the town was empty.').filter((q) => q.kind === 'reported');
    expect(quotes.map((q) => [q.text, q.speakerName])).toEqual([['she had lost her house', 'Natalia'], ['the town was empty', 'Natalia']]);
  });

  it('keeps a "not" before a verb joined to the reporting one ("didn\'t come out and say")', () => {
    const quotes = extract('Tom Hale spoke first. Ann Lee didn’t come out and say the mayor should resign.');
    expect(quotes.filter((q) => q.kind === 'reported')).toEqual([]);
  });

  it('reads no subject for "said" from a relative clause whose last verb is an infinitive ("to gun violence and said")', () => {
    const body = 'Her campaign also announced new support from mothers who have lost children to gun violence and said some of the women would campaign for her.';
    expect(quoteWith(extract(body), 'some of the women would campaign')).toMatchObject({ kind: 'reported', speakerName: 'campaign' });
  });

  // A war-news probe read no speaker for "One of them, a 26-year-old drone operator named Maksym, said …".
  it.each([
    ['after "One of them"', 'Soldiers described the retreat. One of them, a 26-year-old drone operator named Maksym, said his unit had lost contact.'],
    ['after a description', 'Soldiers described the retreat. One soldier, a drone operator named Maksym, said his unit had lost contact.'],
  ])('takes the name an appositive gives ("a drone operator named Maksym") for the speaker: %s', (_case, body) => {
    expect(quoteWith(extract(body), 'lost contact')?.speakerName).toBe('Maksym');
  });

  it('takes no name an appositive gives where the speaker works ("at a consulting firm called Gavekal") (guard)', () => {
    const body = 'Ann Lee spoke first. But Tom Miller, at a consulting firm called Gavekal Dragonomics, argues that the ties will deepen.';
    expect(quoteWith(extract(body), 'ties will deepen')?.speakerName).toBe('Tom Miller');
  });

  // A war-news probe gave "asked that her surname not be used" to "a pensioner", not to Nina.
  it('gives a relative clause on an appositive to the name before it ("said Nina, a pensioner who asked that …")', () => {
    const quote = quoteWith(extract('“The soldiers left at night,” said Nina, a pensioner who asked that her surname not be used.'), 'surname not be used');
    expect(quote).toMatchObject({ kind: 'reported', speakerName: 'Nina' });
  });

  it('gives it to no place a preposition brings in ("In Salem, a pensioner who said …") (guard)', () => {
    const quote = quoteWith(extract('Tom Hale spoke first. In Salem, a pensioner who said the town was empty walked past.'), 'town was empty');
    expect(quote?.speakerName).toBe('pensioner');
  });

  it('takes no verb of the relative clause itself for the main verb ("a man who told reporters …")', () => {
    const quote = quoteWith(extract('Tom Hale spoke first. “We hold,” a man who told reporters the line held walked away.'), 'We hold');
    expect(quote?.speakerName).toBeNull();
  });
});

// A war-news probe named a speaker "Major Serhiy Shevchenko": mid-sentence,
// "Major" stayed part of the name, as "major" is more often an adjective.
describe('a rank that is also an adjective ("Major", "Private")', () => {
  it.each([
    ['"Major" after a comma', 'Tom Hale spoke first. Another officer, Major Serhiy Shevchenko, said the situation had deteriorated.', 'Serhiy Shevchenko'],
    ['"Private" after "said"', 'Tom Hale spoke first. “The situation has deteriorated,” said Private Ivan Petrov.', 'Ivan Petrov'],
  ])('titles a name before a first name: %s', (_case, body, speaker) => {
    expect(quoteWith(extract(body), 'deteriorated')?.speakerName).toBe(speaker);
  });
});
