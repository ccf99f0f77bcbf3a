import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './extract.ts';

describe('resolving pronouns and descriptions within the article', () => {
  it.each([
    ['"he" to the last named subject', 'Gen. Valery Gerasimov praised the engineers. He commended the “heroism” of the crews.', 'heroism', 'Valery Gerasimov'],
    ['"they" to the organisation that spoke', 'Ukraine’s military General Staff stated that the raid met its aims. The operation, they claimed, “achieved most of its goals.”', 'achieved most', 'General Staff'],
    ['"the president" to the nearest president', 'Russian President Vladimir Putin spoke first. Later, Ukrainian President Volodymyr Zelenskyy reported that troops had moved. “The target is Sumy,” the president said.', 'target is Sumy', 'Volodymyr Zelenskyy'],
    ['"she" past a man to a woman named Mrs.', 'Mrs. Ada Grant met Mr. Ben Holt in Ohio. “We agreed on nothing,” she said.', 'agreed on nothing', 'Ada Grant'],
    ['"the senator" to a name titled "Sen." earlier', 'Sen. Ruth Okafor spoke on Monday.\n\nThe senator said she "has the votes and will pass the bill."', 'has the votes', 'Ruth Okafor'],
    ['"the governor" to a name titled "Gov." earlier', 'Gov. Tom Hale vetoed the bill. "It is a waste of money," the governor said.', 'waste of money', 'Tom Hale'],
    ['"the senator" to a name described between commas', 'Ruth Okafor, a Democratic senator, spoke first. "It is a waste of money," the senator said.', 'waste of money', 'Ruth Okafor'],
    ['a surname to the full name given earlier', 'Gen. Valery Gerasimov spoke on Saturday.\n\n“The region is free,” Gerasimov said.', 'region is free', 'Valery Gerasimov'],
    ['"he" past a place that a verb follows', 'Gov. Tom Hale toured the coast. Rising tides in North Dale could flood the farms, Hale said. “It is urgent,” he said.', 'It is urgent', 'Tom Hale'],
    ['"she" to a subject whose appositive holds commas', 'Mr. Ben Holt spoke first. Ada Grant, a nurse in Dayton, Ohio, voted early. “It took an hour,” she said.', 'took an hour', 'Ada Grant'],
    ['"he" to an appositive that a verb follows', 'Mr. Ben Holt spoke first. The city’s mayor, Tom Hale, plays down the risk. “We are ready,” he said.', 'We are ready', 'Tom Hale'],
    ['"he" past a quantified group ("Many Mexicans")', 'Mr. Ben Holt spoke first. Many Mexicans felt betrayed by the visit. “We must not overreact,” he said.', 'must not overreact', 'Ben Holt'],
    ['"he" past a place before a comma and the real subject', 'Speaking at a fair in Salem, New Dale, Sean Ruiz went after the plan, calling it “a waste.” He says, “It will never work.”', 'never work', 'Sean Ruiz'],
    ['"he" to the speaker of an inserted "X said", not to whom X spoke of', 'Mr. Ben Holt spoke first. Tom Hale, Sean Ruiz said, has the votes. “It is a done deal,” he said.', 'done deal', 'Sean Ruiz'],
    ['"he" to the main clause\'s subject, not to one in a clause before it', 'Filling in at the fair where Mr. Ben Holt appeared on Sunday, Sean Ruiz landed a sharp dig at the mayor. “It took me ten years,” he said.', 'ten years', 'Sean Ruiz'],
    ['"he" past the object of an -ing verb that a verb follows', 'Mr. Tom Hale spoke on Monday. Even so, replacing Ben Holt would be much harder, he said. “It would take a year,” he said.', 'take a year', 'Tom Hale'],
    ['"he" to a name before a contracted "\'s been"', "Gov. Tom Hale spoke first. Sen. Ann Ruiz answered. Hale's been making the case for weeks that Ruiz isn't ready. \"You have not made one hard decision,\" he said.", 'hard decision', 'Tom Hale'],
    ['"he" to a subject whose appositive stands between dashes', 'Tom Hale spoke first. Gov. Sean Ruiz – a keen angler – gave a one-word answer. “Trout,” he answered.', 'Trout', 'Sean Ruiz'],
    ['"he" to a subject stressed by "himself" before its verb', 'Mr. Tom Hale tried to win. His supporters agreed.\n\nMr. Sean Ruiz himself has been making this argument. \'\'I am going to be the nominee,\'\' he said on Monday.', 'the nominee', 'Sean Ruiz'],
    ['"he" to a name a sentence only brings on ("Then there\'s X.")', 'Tom Hale wrote a column. Sean Ruiz has made comments too. Then there’s Paul Ortiz.\n\n“It is bewildering,” he wrote.', 'bewildering', 'Paul Ortiz'],
    ['"he" past a place a sentence brings on ("Then there\'s Wall Street.")', 'Tom Hale campaigned hard. Then there’s Wall Street. “We will win it,” he said.', 'win it', 'Tom Hale'],
    ['"he" to a bare surname that "himself" shows to be a man\'s', 'Ann Lee told friends that it was fine. Ortiz himself was delighted by the fuss. “We wanted to offend,” he later said.', 'wanted to offend', 'Ortiz'],
    ['a surname to the one its "herself" fits, of two with that surname', 'Ann Lee spoke first. Her campaign thanked her. Bob Lee praised his wife. “We will win,” Bob Lee said. Lee herself also signaled that she is ready. “I have noticed it,” she said.', 'I have noticed', 'Ann Lee'],
    ['a surname to its own person, not to a place that shares its first word', 'Ann Lee told friends that it was fine. Ortiz sat at his desk in Ortiz Tower. Ortiz himself was delighted. “We wanted to offend,” he later said.', 'wanted to offend', 'Ortiz'],
    ['"he" to a subject before "all but" and its verb', 'The campaign chairman Paul Ruiz\'s plan drew fire.\n\nTom Hale noted that others had survived worse.\n\nRuiz all but begged reporters to ask about something else.\n\n"We are moving on," he said.', 'moving on', 'Paul Ruiz'],
    ['"he" to the name a description between two names introduces, not to the state before it', 'On Tuesday, in Jupiter, Fla., the campaign manager, Tom Hale, yanked the arm of a reporter. Later, he said that the reporter “was lying.”', 'the reporter', 'Tom Hale'],
    ['"he" to a name between commas after its description, not to the description\'s owner', 'Ann Ruiz is weighing a run.\n\nRuiz\'s pollster, Tom Hale, says his client has the money and the time. "The old wisdom will not last," he says.', 'will not last', 'Tom Hale'],
    ['"she" to a subject whose long appositive holds a "that" clause', 'Rep. Ann Lee, the party chairwoman, also expressed concern.\n\nDora Ruiz, executive director of the Nurses League, a union that has endorsed Mr. Hale and that has been busing its members across the state to campaign for him, also said her group would march. "We will be a force inside and outside," she said.', 'force inside', 'Dora Ruiz'],
    ['"he" to the speaker of a closing attribution, not to the subject of what he said', 'Jim Hale, who directs the poll, spoke first.\n\nBut while his message plays well with primary voters, Tom Ruiz will have a much tougher time in the general election, should he win the nomination, Hale said.\n\n"It is an open question whether he can win," he said.', 'open question', 'Jim Hale'],
    ['"he" to a subject whose age and hometown stand between it and the verb', 'Tom Hale, a spokesman for the city, spoke first.\n\nAmadou Diallo, 13, of Philadelphia sold water on Broad Street. He said he came up with the sign: "Water $1, hugs free."', 'hugs free', 'Amadou Diallo'],
    ['"she" to a woman whose surname is a gendered title ("Billie Jean King")', 'Andrew Hale took his daughter there on Sunday.\n\nTennis great Billie Jean King remembered the boxer as fun to be around. She saw him fight in 1971.\n\n“He always whispered in my ear, you are the Queen,” she said.', 'the Queen', 'Billie Jean King'],
    ['"he" past a two-word place written before as where things happen ("in South Dakota")', 'Governor Tom Hale spent the week in South Dakota. South Dakota, he said, was "a state we can win in the fall."', 'state we can win', 'Tom Hale'],
    ['"she" past a country never written as where things happen', 'Ms. Vela runs the island\'s bank. But even today, Costa Rica tends to run everything through the bank. Its job is “really a combination of things,” she said.', 'combination of things', 'Vela'],
    ['"she" past a state that spoke', 'Ann Ruiz sued the state. South Carolina said it would “fight the suit in every court.” Later “We will win,” she said.', 'We will win', 'Ann Ruiz'],
    ['"she" past a two-word place written "across" before', 'Gov. Ann Ruiz ran ads across New Dale. New Dale has not voted for a Democrat since 1964. "We can change that," she said.', 'change that', 'Ann Ruiz'],
    ['"she" to a titled person once written after "in" (guard)', 'Voters put their faith in Sen. Ann Ruiz last year. Ann Ruiz won the vote. “We will win again,” she said.', 'win again', 'Ann Ruiz'],
    ['"she" to a person written after "in" and titled later (guard)', 'Voters put their faith in Ann Ruiz last year. Sen. Ann Ruiz won the vote. “We will win again,” she said.', 'win again', 'Ann Ruiz'],
    ['"he" to a name whose place of work and its town stand before the verb', 'Mr. Ben Holt spoke first. Tom Hale of Liberty Baptist Church in Marion said he had made 150 calls. “Find your polling place,” he tells parishioners.', 'polling place', 'Tom Hale'],
    ['"he" past a name in a town with no place of work before it (guard)', 'Fred Hale is a scholar at the institute.\n\nHale — who was an architect of the surge in 2007 when the precursor to the group, Al Noor in Iraq, was at its height — supports a larger role in Iraq.\n\nBut he insists that “it must be part of a global plan.”', 'global plan', 'Fred Hale'],
    ['"she" past a place after "around" in an opening participle clause', 'Ann Lee is telling customers at a diner that she needs them.\n\nMaking her way around Chez Vachon, Lee and her husband, Tom, thanked another diner. She says, “With your help, we can do it.”', 'With your help', 'Ann Lee'],
    ['"he" to a man whose own object is "her", which is someone else', 'Tad Drew said the plan was "a mess." Tom Hale attacked her. He told reporters that the plan was "dead on arrival."', 'dead on arrival', 'Tom Hale'],
    ['"she" to a woman whose own object after "against" is "him", which is someone else', 'Tom Lane spoke first. Lolita Lane filed four reports against him. "They were true," she said.', 'They were true', 'Lolita Lane'],
    ['"she" past a man whom critics attacked as "him" (guard: that "him" is his)', 'Dana Price said the plan was "a mess." Sam Ortiz spoke next, and critics attacked him. She said the plan was "dead on arrival."', 'dead on arrival', 'Dana Price'],
    ['"he" to a name that an earlier "his" showed to be a man', 'Tad Drew said the plan was "a mess." Tom Hale kept his distance from the party. He told reporters the plan was "dead on arrival."', 'dead on arrival', 'Tom Hale'],
    ['"he" to a bare surname written inside a sentence and shown to be a man', 'Tad Drew said the plan was "a mess." Hale kept his distance from the party, and voters liked Hale. He told reporters the plan was "dead on arrival."', 'dead on arrival', 'Hale'],
    ['"he" past a party\'s people written inside a sentence, whose "him" is someone else', 'Tad Drew said the plan was "a mess." The vote is on Friday, but Republicans seem confident they can override him. He told reporters the plan was "dead on arrival."', 'dead on arrival', 'Tad Drew'],
    // War-news probe: "Putin, who visited the region in March, praised what
    // he called “the professionalism and coordination” of the troops" went
    // to the analyst quoted a paragraph before.
    ['"he" to a bare surname that opens the sentence holding it', 'Tom Hale spoke first.\n\nOkafor praised what he called "a good plan" of the troops.', 'a good plan', 'Okafor'],
    ['"he" past a capitalised word that only ever opens a sentence (guard)', 'Tad Drew said the plan was "a mess." Loyalty kept his party together. He told reporters the plan was "dead on arrival."', 'dead on arrival', 'Tad Drew'],
    ['"he" to the one a cleft sentence singles out ("it was X who")', 'Tom Hale came away with nothing. The two winners beamed, but it was Mr. Ben Holt who seemed like a different man. As he spoke, there were no jokes. He called his rival “a fine senator” instead.', 'a fine senator', 'Ben Holt'],
    ['"he" past a name after "it was" that no relative word follows (guard)', 'Tom Hale spoke first. By noon it was Ben Holt on the stage, not the mayor. “We lost the farms,” he said.', 'lost the farms', 'Tom Hale'],
    ['"he" to the subject after "said"', 'Mr. Ben Holt spoke first. The plan helps no one, said Tom Hale, a farmer. “It is a waste,” he said.', 'It is a waste', 'Tom Hale'],
    ['"he" never to a body named by an acronym alone', 'Tom Hale testified on Monday. WNN reported that night that the hearing was closed. “The impression we were given was wrong,” he said.', 'impression we were given', 'Tom Hale'],
    ['a title that is a common surname, alone, to the article\'s person of that surname', 'Congressman Pete King spoke to reporters. “He made it clear,” King said.', 'made it clear', 'Pete King'],
  ])('resolves %s', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName).toBe(speaker);
  });

  // One sentence per rule; [what the rule does, body, words of the quote, expected speaker].
  // PolNeAR train: "“…?” a reporter can be heard asking Trump. “…,” the businessman replied. “…,” he
  // added" gave Trump's words to the reporter once the question was the reporter's.
  it('gives "he" to no one past a description who spoke since a described newcomer', () => {
    const body = 'Tom Hale spoke in May.\n\n“Should there be a database?” a reporter asked Hale.\n\n“There should be many systems,” the businessman replied.\n\n“I would certainly do that,” he added.';
    expect(quoteWith(extract(body), 'certainly do that')?.speakerName ?? null).toBeNull();
  });

  // War-news probe: "The Russian defence ministry spoke on Monday. Ukraine lost 400 men, it said" gave the words to Ukraine.
  it('never gives a closing "it said" to a country named in the words it reports', () => {
    const body = 'Tom Hale spoke first. The Salem defence ministry met on Monday. Norway lost 400 men, it said.';
    expect(extract(body).find((q) => q.text.startsWith('Norway lost'))?.speakerName ?? null).not.toBe('Norway');
  });

  it.each([
    ['gives a bare surname shared by two people to the one last seen as a subject', 'Ana Ruiz said the port would reopen soon. The port was founded in 1970 by Pablo Ruiz.\n\n“We will reopen by May,” Ruiz said.', 'reopen by May', 'Ana Ruiz'],
    ['does not make the subject a relative named inside her appositive', 'However, Rita Brown, mother of army veteran Sean Brown, rejected the claim. “She lied to me,” Brown said.', 'lied to me', 'Rita Brown'],
    ['takes no names from a title-case headline, whose capitals do not mark where a name ends', 'Judge Frees Hacker Guccifer After Long Trial\n\nThe court met on Monday. “I had total access,” Guccifer said.', 'total access', 'Guccifer'],
    ['still attributes a headline quote to the name that opens the line', 'Ann Lee: “We Will Cut Costs Before The Vote”\n\nThe mayor spoke on Monday.', 'Cut Costs', 'Ann Lee'],
    ['ends a sentence after a quote ending in "!" when a plain capitalised word follows', 'Ana Ruiz held up a sign that read “Vote now!” The farmer Tom Hale agreed at once. “It is urgent,” he said.', 'It is urgent', 'Tom Hale'],
    ['gives "he" to a first name that an appositive shows to be a man', 'Ana Ruiz spoke first. Her father, Tom, 61, worried about the cost. “We cannot pay,” he said.', 'cannot pay', 'Tom'],
    ['does not read a "whose" clause as an appositive of the name before it', 'Dora Lee, whose husband, Sgt. Ty Lee, died in 2012, spoke on Monday. “I miss him every day,” she said.', 'miss him', 'Dora Lee'],
    ['gives a bare surname to the person the article is about, not to family introduced as such', 'Senator Tom Ruiz spoke first. His wife, Ana Ruiz, read a letter from their son. “We are grateful,” Ruiz said.', 'grateful', 'Tom Ruiz'],
    ['gives "Mrs." with a surname to the namesake not known to be a man', 'Ana Ruiz opened the shop in 1990. Her husband, Tom Ruiz, joined her later. “It was hard at first,” Mrs. Ruiz said.', 'hard at first', 'Ana Ruiz'],
    ['"she" to the person whose view opens the sentence ("To Professor Ruiz, …")', 'Ann Lee spoke first.\n\nTo the political science professor Mia Ruiz, the mayor’s stare seemed to reflect sadness. “It really looked like heartbreak,” she said.', 'heartbreak', 'Mia Ruiz'],
    // War-news probe: "For Natalia Ivanova, a 67-year-old pensioner, the news brought little relief. … “…,” she said" went to no one.
    ['"she" to the person whose view opens the sentence ("For Ann Lee, …, the news …")', 'For Ann Lee, a retired nurse from the border town, the news brought little relief. Her house burned in August. “I have nowhere to go,” she said.', 'nowhere to go', 'Ann Lee'],
    // War-news probe: "A woman who gave her name as Lyudmila stood at the bus stop. She said … “…,” she said" went to no one.
    ['"she" to the name a "who" clause gives a description that opens the sentence', 'Tom Hale spoke first. A woman who gave her name as Tatyana stood at the bus stop. She said her son was at the front. “He calls when he can,” she said.', 'calls when he can', 'Tatyana'],
    ['"he" to a name no list knows that "named" gives a person', 'Ann Lee spoke first. A soldier named Tomas stood at the gate. He said his unit had left. “We left nothing,” he said.', 'left nothing', 'Tomas'],
    ['"he" to the name after "identified only as"', 'Ann Lee spoke first. A soldier identified only as Tomas stood at the gate. He said his unit had left. “We left nothing,” he said.', 'left nothing', 'Tomas'],
    // War-news probe: "Putin, in a televised meeting with his top generals, praised North Korea. “…,” he said" went to no one.
    ['"he" to a bare name past an aside, with a name after "praised" that is its object', 'Tom Hale spoke in May.\n\nMarsh, at the meeting, praised Salem. “Our friends showed solidarity,” he said.', 'showed solidarity', 'Marsh'],
    // War-news probe: "Interfax reported …. A statement from Zelensky's office quoted him as telling Macron: “…”" went to Interfax.
    ['"him" to the one whose office issued the statement that is the subject ("A statement from Marsh’s office quoted him")', 'Marlow reported, citing a source, that the road had been “fully reopened.”\n\nA statement from Ivo Marsh’s office quoted him as telling Ana Ruiz: “We need more pressure.”', 'more pressure', 'Ivo Marsh'],
    // War-news probe: "Peskov was asked whether Putin would attend the parade. He said yes. “Of course,” he said" went to no one.
    ['"he" to a bare name a question was put to ("Okafor was asked whether …")', 'At the briefing, Okafor was asked whether Vantsev would attend the parade. He said yes. “Of course,” he said.', 'Of course', 'Okafor'],
    // War-news probe: "Col. Viktor Kovalenko commands a battalion …. “…,” he said" went to no one, and a later "Kovalenko said" stayed apart: the tagger read "commands" as a noun.
    ['"he" to a name whose verb the tagger read as a plural noun ("Marsh commands a battalion")', 'Col. Ivo Marsh commands a battalion that fought in Salem. His men withdrew in March.\n\n“We held for seven months,” he said.', 'seven months', 'Ivo Marsh'],
    ['a bare surname to the full name whose verb the tagger read as a plural noun', 'Col. Ivo Marsh commands a battalion that fought in Salem.\n\nTom Hale spoke next.\n\n“We should have left in February,” Marsh said.', 'left in February', 'Ivo Marsh'],
    // War-news probe: "Natalia, whose husband is missing in Kursk, has not heard from him. “…,” she said" went to no one.
    ['"she" to a first name that "whose husband" shows to be a person', 'Tom Hale spoke first.\n\nOlena, whose husband is missing in Salem, has not heard from him since March. “I call the hotline every day,” she said.', 'hotline every day', 'Olena'],
    ['"she" to a first name that "who" shows to be a person', 'Tom Hale spoke first.\n\nOlena, who fled Salem in March, has not heard from her husband since. “I call the hotline every day,” she said.', 'hotline every day', 'Olena'],
    ['"they" to two people named as one subject ("Foner and Alba suggest")', 'Professors Ann Lee and Tom Hale suggest this has less to do with faith than with the demand that immigrants adopt a narrow set of habits.\n\nIn the United States, they write, “to be religious is to be in step with the mainstream.”', 'in step with', 'Professors Ann Lee and Tom Hale'],
    ['never gives "he" to someone his own clause names after him ("he calls Hale’s plan")', 'Tom Ruiz spoke first. Sean Hale unveiled a plan on Monday. He calls Hale’s plan “a gift to the rich.”', 'gift to the rich', 'Tom Ruiz'],
    ['never gives "he" to the people he speaks of ("he said of Hale and Lane")', 'Tom Ruiz spoke first. Sean Hale met Ann Lane on Monday. “They need each other,” he said of Hale and Lane.', 'need each other', 'Tom Ruiz'],
    ['still gives "he" to a name past the end of his clause ("…, according to Hale’s aide") (guard)', 'Sean Hale spoke first. The crowd cheered. “We will win,” he said, according to Hale’s aide.', 'We will win', 'Sean Hale'],
    ['never gives "she" to someone named in the opening participle clause she is the subject of ("Asked whether Lee …, she replied")', 'Ann Lee spoke first. The actress Mia Ruiz has backed Tom Hale.\n\nAsked about her own vote in the event that Lee faces Hale, who has insulted voters, she replied: “I do not know yet.”', 'do not know yet', 'Mia Ruiz'],
    ['gives "he" to the author of a column that was the subject ("Lane’s column attacked Ruiz")', 'Sean Hale spoke first. Tom Lane’s column attacked Jim Ruiz on Sunday. He calls Ruiz’s plan “a gift to the rich.”', 'gift to the rich', 'Tom Lane'],
    // War-news probe: "Sybiha's reply came hours later. “Russia lies,” he wrote" went to Putin, named before.
    ['gives "he" to the one whose reply was the subject ("Okafor’s reply came")', 'Tom Hale spoke first. Okafor’s reply came hours later. “It is a lie,” he wrote.', 'It is a lie', 'Okafor'],
    ['gives "she" to the main clause\'s subject, not to the speaker of a clause before it ("When Ruiz noted that …, Lee …")', 'Ann Lee spoke first. When Mia Ruiz noted that the plan was weak, Lee seized upon the remark, repeating her line that it would fail. "It is not the same thing," she said.', 'not the same thing', 'Ann Lee'],
    ['never gives "he" to the person his verb names as its object ("he told Hale")', 'Tom Ruiz spoke first. Sean Hale asked Ruiz how high the wall would be. “I think it could be 35 feet,” he told Hale.', '35 feet', 'Tom Ruiz'],
    ['learns a name from its possessive ("Mark Ruiz’s son"), so a later surname and "he" find him', 'Mark Ruiz’s son, Tom, was one of the students killed. In the years since, Ruiz says, far too many lives have been lost. He says that “as a nation, we have to do better.”', 'as a nation', 'Mark Ruiz'],
    ['gives a bare surname to the namesake the article is about when the other was a subject only paragraphs back', 'Ana Ruiz opened the campaign in May. Ana Ruiz toured the mill on Monday. Ana Ruiz met the workers on Tuesday.\n\nTom Ruiz, the county treasurer, has been worked up about the plan for weeks.\n\nThe mill employs four hundred people and has been losing money for a decade, according to the company’s own filings, which were released last week after a long delay and show losses in nine of the last ten years.\n\n“We will keep it open,” Ruiz said.', 'keep it open', 'Ana Ruiz'],
    ['gives a bare surname to the namesake last a subject before the quote, though the other is one again later in the passage', 'Tom Lane spoke in March.\n\nJeb Lane spoke in April.\n\n“It is a land grab,” Lane said. Lane then left the stage.', 'land grab', 'Jeb Lane'],
    ['gives a first name alone to the one person named in full with it, so "she" finds her', 'Carla Diaz spoke first. I told Ana Ruiz the news. Ana was stunned. “Only you, Tom,” she said.', 'Only you', 'Ana Ruiz'],
    ['keeps a "she" that opens a clause as the one spoken of, past a name in the clause after it', 'Judge Ann Lee rarely speaks about politics.\n\nIn an interview last week, she joked about leaving the country if Tom Hale is elected.\n\nShe went further on Tuesday, telling reporters that Hale is a “faker.” “He has no consistency about him,” she said.', 'no consistency', 'Ann Lee'],
    ['does not count a pronoun\'s guess toward whom a bare surname means (guard)', 'Rep. Tom Lane was losing support. Tom Lane has served six terms in the House.\n\nLolita Lane filed four reports against him over the years. He denied them. He called them false. He called them lies.\n\nThe race has drawn national attention, with money pouring in from both parties, from unions and from business groups across the state and beyond it, and the polls have swung back and forth all summer long without a clear leader emerging.\n\n“We will win this race,” Lane said.', 'win this race', 'Tom Lane'],
    ['gives a first name to the one person named in full with it, though the name was first read alone ("his sons, Ed and Jim")', 'Tom Lane, 85, runs the firm with his two sons, Ed, 44, and Jim, 43.\n\nTom Lane spoke first at the meeting.\n\nJim Lane’s wife, Kate, is a trustee of the Green Fund. Jim has pushed the firm to go green. In an essay in May, he wrote, “The science is settled.”', 'science is settled', 'Jim Lane'],
    ['never gives "he" to a plural noun capitalised because it opens a sentence ("Critics charged that …")', 'Tom Hale met the board on Monday.\n\nCritics charged that the hearing failed to provide anything new. He promised a report “as soon as possible.”', 'as soon as possible', 'Tom Hale'],
    ['still gives a surname that is also a plural noun to the person named so ("Sessions said")', 'Attorney General Jeff Sessions spoke on Monday.\n\nSessions said that “the department will appeal the ruling.”', 'will appeal', 'Jeff Sessions'],
    ['gives "he" to a subject that a time parts from its verb ("Hale earlier Thursday said")', 'Chairman Tom Hale spoke first. Ranking member Sean Ruiz is waiting.\n\nHale earlier Thursday said the panel had met 75 witnesses. He promised a report “as soon as possible.”', 'as soon as possible', 'Tom Hale'],
    ['leaves a first name alone as written when two people named in full share it', 'Ana Ruiz and Ana Lee ran the shop. “We close at six,” Ana said.', 'close at six', 'Ana'],
  ])('%s', (_rule, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName).toBe(speaker);
  });

  it('still gives "he" to the main subject after an opening participle clause (guard: "Asked …, Ruiz said …, he said")', () => {
    const body = 'Jim Lane spoke first.\n\nAsked about his attacks on Hale, Tom Ruiz said that was natural, no different, he said, from “any other race.”';
    expect(extract(body).find((q) => q.kind === 'direct' && q.text.includes('any other race'))?.speakerName).toBe('Tom Ruiz');
  });

  // Once a plural role took its "to" phrase ("aides to Ann Lee"), the
  // "they" went where this guard's first commit said it should: to the
  // people who told the reporters.
  it('never gives "they" to the object that closes an aside before the verb ("…, aides told reporters, has been chosen")', () => {
    const body = 'The person who plays the mayor in the mock debates, aides to Ann Lee told reporters, has already been chosen. (It is not Tom Hale, they say).';
    expect(quoteWith(extract(body), 'It is not Tom Hale')?.speakerName).toBe('aides');
  });

  it('still counts an object before a participle as a subject the article is about (guard: only a finite verb closes an aside)', () => {
    const filler = 'The church has grown every year since the flood, and the town has changed with it. New families arrive each spring, and the old hall now holds three services each Sunday, with a choir of forty and a food bank in the basement.';
    const body = [
      'Pastor Ben Holt endorsed Senator Tom Hale of Ohio, urging his parishioners to vote for him.',
      filler,
      'Senator Hale won the state in 2012.',
      filler,
      'Rafael Hale, the senator’s father, is a pastor too.',
      filler,
      '“We have to awaken the body,” Mr. Hale said.',
    ].join('\n\n');
    expect(quoteWith(extract(body), 'awaken the body')?.speakerName).toBe('Tom Hale');
  });

  it('gives "she" to a nearer unnamed woman, not to a named woman further back', () => {
    const body = 'Ana Ruiz runs the bakery. “Prices keep rising,” said a woman who asked not to be named. “We cannot pay,” she said.';
    expect(quoteWith(extract(body), 'cannot pay')).toMatchObject({ speakerName: 'woman', mention: 'she' });
  });

  it('never gives "he" to a group named by a capitalised plural ("many more Latinos")', () => {
    const body = 'Many more Latinos said that the show got them thinking about history. “We are invisible in the books,” he said.';
    expect(quoteWith(extract(body), 'invisible')).toMatchObject({ mention: 'he', speakerName: null });
  });

  it('leaves a title as written when another named person has just been the subject', () => {
    const body = 'Sen. Ann Lee spoke first. Tom Ruiz got in on the game, bashing the plan at a rally. “It is a scam,” the senator said.';
    expect(quoteWith(extract(body), 'It is a scam')).toMatchObject({ speakerName: 'senator', mention: 'the senator' });
  });

  it('never gives a mention without a year the dated body named earlier ("Lee\'s 2008 campaign" … "Lee\'s campaign")', () => {
    const body = 'Tom Ruiz was a policy director on Ann Lee’s 2008 campaign.\n\nLee’s campaign responded that she would never have sent the file.';
    expect(quoteWith(extract(body), 'never have sent')).toMatchObject({ mention: 'Lee’s campaign', speakerName: 'Lee’s campaign' });
  });

  it('still gives a mention with the year the dated body (guard)', () => {
    const body = 'Tom Ruiz was a policy director on Ann Lee’s 2008 campaign.\n\nThe 2008 campaign responded that she would never have sent the file.';
    expect(quoteWith(extract(body), 'never have sent')?.speakerName).toBe('Ann Lee’s 2008 campaign');
  });

  it('leaves a title as written after a newcomer even when a long quote stands between them', () => {
    const long = 'Sometimes in this race I get the feeling that the man running against her is running harder against the mayor and me than he is against the people who closed the mill, cut the bus lines and sold the school, and the voters of this city will see that';
    const body = `Sen. Ann Lee spoke first. Tom Ruiz got in on the game, bashing the plan at a rally. “${long},” the senator said.`;
    expect(quoteWith(extract(body), 'Sometimes in this race')).toMatchObject({ speakerName: 'senator', mention: 'the senator' });
  });

  it('does not give a person the title that a clause before her name says someone may be', () => {
    const body = 'After a week of bickering over whether the other is fit to be president, Ann Lee on Monday ripped into her rival. “We will win this state,” the president said.';
    expect(quoteWith(extract(body), 'win this state')).toMatchObject({ speakerName: 'president', mention: 'the president' });
  });

  it('does not give "the younger Mr. Lee" the name of the article\'s Mr. Lee', () => {
    const body = 'Tom Lee won the vote. His son Tom Jr. announced it on the floor. “It is a movement,” said the younger Mr. Lee.';
    expect(quoteWith(extract(body), 'It is a movement')).toMatchObject({ speakerName: 'younger Mr. Lee', mention: 'the younger Mr. Lee' });
  });

  it('leaves "they" unresolved when the nearest group was a subject paragraphs back', () => {
    const body =
      'Union leaders met the mayor on Monday.\n\nThe mill employs four hundred people and has been losing money for a decade, according to the company’s own filings, which were released last week after a long delay and show losses in nine of the last ten years.\n\nThe results “should make us rethink the plan,” they argued.';
    expect(quoteWith(extract(body), 'rethink the plan')).toMatchObject({ mention: 'they', speakerName: null });
  });

  it.each([
    ['plural things in the clause before it', 'Union leaders met the mayor on Monday. The mill has lost money for years, and its decisions should be left to the board, they said, “not to the city.”', 'not to the city', 'Union leaders'],
    ['a country', 'Some economists blame trade. The United States might have pushed harder, they argue, by insisting that “the currency should rise.”', 'currency should rise', 'economists'],
  ])('never gives "they" to %s, only to people or a body of them', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName).toBe(speaker);
  });

  it.each([
    ['Senate Democrats', 'The bill failed on Monday. Under that plan, the feds would have paid clinics. Senate Democrats blocked the bill because they said the rider was “a poison pill.”', 'poison pill', 'Senate Democrats'],
    ['Congressional Republicans', 'Congressional Republicans met on Friday. “The bill is dead,” they said.', 'bill is dead', 'Congressional Republicans'],
  ])('gives "they" to a capitalised group before a plural for people: %s', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName).toBe(speaker);
  });

  it.each([
    ['Mark Waters', 'Mark Waters met the mayor on Friday. “The bill is dead,” he said.'],
    ['Felicia Sanders', 'Felicia Sanders met the mayor on Friday. “The bill is dead,” she said.'],
    ['Gary Peoples', 'Gary Peoples met the mayor on Friday. “The bill is dead,” he said.'],
  ])('still reads %s, whose surname ends like a plural, as a person (guard)', (name, body) => {
    expect(quoteWith(extract(body), 'bill is dead')?.speakerName).toBe(name);
  });

  it.each([
    ['a country', 'Ukraine rejected the claim on Saturday. “Our troops still hold the line,” it said in a statement.', 'hold the line', 'Ukraine'],
    ['a body', 'The General Staff rejected the claim. “Our troops still hold the line,” it said.', 'hold the line', 'General Staff'],
  ])('gives "it" to %s that was the subject before', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName).toBe(speaker);
  });

  it.each([
    ['after a speaker who named him', 'Tom Hale, a blogger in Ohio, said he will not vote for Ben Holt because of his plan for the farms. Also, Holt is no conservative, he said.', 'Holt is no conservative', 'Tom Hale'],
    ['after the subject of the sentence before', 'Tom Hale met Ben Holt on Monday. Holt will lose the race in the fall, he said.', 'lose the race', 'Tom Hale'],
    ['when they open with a condition', 'Tom Hale met Ben Holt on Monday. If Holt wins the vote, the party will split, he said.', 'party will split', 'Tom Hale'],
    ['to the name itself when no one who fits was the subject just before (guard)', 'Ben Holt spoke in Ohio. The two candidates sparred on costs. Tom Lee has introduced the bill and would push for it in the Senate, he said.', 'introduced the bill', 'Tom Lee'],
    ['to the name itself when it was written after the last subject (guard)', 'Ann Gil runs the club. "Skating is freedom," Gil said. That sense of freedom drew Kim Olivieri, 20, to skating. Then a student in Ohio, Ms. Olivieri found skating a salve for her sadness, she said.', 'salve for her sadness', 'Kim Olivieri'],
  ])('gives a closing "he said" past the name in the words it reports, %s', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName).toBe(speaker);
  });

  it.each(['Absent', 'Pending'])('never reads "%s", opening a sentence as a preposition, as a first name before a surname', (word) => {
    const body = `Tom Hale's plan would "end health care," Ann Lee said. ${word} Hale's plan, which he has not written, Lee pointed to his bills. Hale refers to it as "care for all," and Lee laughed.`;
    expect(quoteWith(extract(body), 'care for all')?.speakerName).toBe('Tom Hale');
  });

  it('never joins a woman named after a female description to the man of that surname named before', () => {
    const quotes = extract('President Hale spoke. “We won the county,” Mr. Hale said. Guests met the president and the first lady, Ann Hale, at noon. “It was a long night,” Mr. Hale said.');
    expect(quotes.map((q) => q.speakerName)).toEqual(['Hale', 'Hale']);
  });

  it.each([
    ['"he" past a woman the nearer subject to the man before her', 'Tom Hale spoke first. Jessica Lee replaced him on the show. “I will be back,” he said.', 'will be back', 'Tom Hale'],
    ['"she" past a man to a woman named before him', 'Sarah Palin posted a warning. Readers cheered. “Well said!” wrote Ben Holt in reply.\n\n“Protect our children first,” she added.', 'children first', 'Sarah Palin'],
    ['"she" to a woman known by her Ukrainian first name alone', 'Gov. Tom Hale said rescue work went on. “We hide in the basement,” said Olha, 62, who lives near the centre. Her neighbours, she said, had left for Kyiv.', 'left for Kyiv', 'Olha'],
    ['"he" past a woman the nearer subject to a Ukrainian name', 'Volodymyr Hale spoke first. Oksana Lee replaced him at the ministry. “I will be back,” he said.', 'will be back', 'Volodymyr Hale'],
    ['"he" past a woman called only by her first name', 'Dan Hale took the stage. “Here he comes,” Melanie said to the TV.\n\n“I love you all,” he said.', 'love you all', 'Dan Hale'],
  ])('reads gender from a common first name: %s', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName).toBe(speaker);
  });

  it('never gives "she" to a man known only by his first name, even with no other candidate', () => {
    expect(quoteWith(extract('Ben Jacobs wrote a column. “It just came out of my mouth,” she said.'), 'out of my mouth')?.speakerName ?? null).toBeNull();
  });

  it.each([['Chris'], ['Kelly'], ['Jordan']])('leaves a first name both genders bear (%s) open to "she"', (first) => {
    expect(quoteWith(extract(`${first} Lee spoke first. “We will win,” she said.`), 'We will win')?.speakerName).toBe(`${first} Lee`);
  });

  it('never gives "Mrs. Clinton" to the Bill Clinton that "Mr. Clinton" named', () => {
    const quotes = extract('Bill Clinton spoke first. “Hi there,” Mr. Clinton said. “Hello to all,” Mrs. Clinton said.');
    expect(quoteWith(quotes, 'Hello to all')).toMatchObject({ speakerName: 'Clinton', speakerGender: 'female' });
    expect(quoteWith(quotes, 'Hi there')?.speakerName).toBe('Bill Clinton');
  });

  it('passes a bare surname by a relative first introduced by first name ("his wife, Ada" … "Ada Cruz")', () => {
    const body = [
      'Sen. Tom Cruz (R-Tex) is endorsing Dan Hale.',
      'Cruz was booed off the stage. At a breakfast, Cruz said he would not "act like a puppy dog" and back Hale.',
      '"No, this is not politics," Cruz said at the time.',
      'The truth, the senator said then, was that Hale had attacked his wife, Ada, and his father, Rafael. Hale accused Rafael Cruz of lying. Hale also posted a photo of Ada Cruz contrasted with a photo of his own wife.',
      '"I am not in the habit of supporting people who attack my wife," Cruz said in July.',
    ].join('\n\n');
    expect(quoteWith(extract(body), 'not in the habit')?.speakerName).toBe('Tom Cruz');
  });

  it('gives "he" to an unnamed newcomer who just spoke, not to a name further back', () => {
    const quote = quoteWith(extract('Tom Hale urged calm. A spokesman for the Harbor Gazette called it “absolute chaos.” “We saw people hit,” he said.'), 'people hit');
    expect(quote?.speakerName).toBe('spokesman');
  });

  it('gives "she" to a named woman before the newcomer in its sentence, not to the newcomer', () => {
    const quote = quoteWith(extract('Ann Lee, a top aide said, “is very confident” about the debate, and since 2008 she has often told Tom Hale’s team that “I only lost one debate against your boss.”'), 'only lost one');
    expect(quote?.speakerName).toBe('Ann Lee');
  });

  it('does not give "he" to a newcomer paragraphs back (guard)', () => {
    const body = 'A spokesman for the Harbor Gazette called it “absolute chaos.”\n\nThe square was closed for the night while the police searched the area, and the mayor\'s office said that more details would follow in the morning, after the families had been told.\n\nThe city council meets on Monday to discuss what went wrong, and several members have already asked for an inquiry into how the barriers were placed.\n\n“We saw people hit,” he said.';
    expect(quoteWith(extract(body), 'people hit')?.speakerName ?? null).toBeNull();
  });

  it('does not give "he" to "the Texas senator": news writes that of someone it named (guard)', () => {
    const quote = quoteWith(extract('Sen. Tom Hale toured the plant. “It will close,” the Texas senator said. Later, “We will fight,” he said.'), 'will fight');
    expect(quote?.speakerName).toBe('Tom Hale');
  });

  it('never gives "it" to the plural of an acronym ("the PACs")', () => {
    const quote = quoteWith(extract('The PACs spent $890,000 on ads, all of it on what it calls “mood” advertising.'), 'mood');
    expect(quote?.speakerName ?? null).toBeNull();
  });

  it('gives "it" inside a ", which" clause to the name the clause hangs on', () => {
    const quote = quoteWith(extract('The PACs spent $890,000 on ads. They paid a firm called Acme Data, which builds what it calls “mood” profiles.'), 'mood');
    expect(quote?.speakerName).toBe('Acme Data');
  });

  it('leaves "it" after a ", which" clause has ended to the usual reading (guard)', () => {
    const quote = quoteWith(extract('The Harbor Trust paid Acme Data, which builds ads. In a statement, it called the deal “a fair price.”'), 'fair price');
    expect(quote?.speakerName).toBe('Harbor Trust');
  });

  it.each(['General Motors', 'The Daily Times'])('gives "it" to %s, one body whose name ends in "s" (guard)', (name) => {
    const quote = quoteWith(extract(`${name} cut 500 jobs on Monday. “We had no choice,” it said.`), 'no choice');
    expect(quote?.speakerName).toBe(name.replace(/^The /, ''));
  });

  it('never gives "it" to a person (guard)', () => {
    const quote = quoteWith(extract('Ann Lee rejected the claim. “Our troops still hold the line,” it said.'), 'hold the line');
    expect(quote?.speakerName ?? null).toBeNull();
  });

  it('leaves "they" unresolved when only things came before it', () => {
    const quote = quoteWith(extract('The talks stalled. Its best arguments were easily refuted, they said, “in one afternoon.”'), 'one afternoon');
    expect(quote).toMatchObject({ mention: 'they', speakerName: null });
  });

  it('leaves "they" unresolved when only a law came before it', () => {
    const quote = quoteWith(extract('In 1999 the Banking Reform Act let banks form what they called “financial supermarkets.”'), 'supermarkets');
    expect(quote?.speakerName ?? null).toBeNull();
  });

  it('keeps the pronoun as the mention and leaves the speaker null when nothing fits', () => {
    const quote = quoteWith(extract('“We will see,” he said.'), 'We will see');
    expect(quote).toMatchObject({ mention: 'he', speakerName: null });
  });
});

// "Tom Hale and Ben Cole met. He said …" had given the words to Cole, the
// name nearer the verb; either man may be meant.
describe('a pronoun after two names that are one subject', () => {
  it.each([
    ['"he" after two men', 'Tom Hale and Ben Cole met on Monday. He said, "The army is ready to move."'],
    ['"she" after two women', 'Ann Lee and Mia Ruiz met on Monday. She said, "The army is ready to move."'],
    ['a closing "he said"', 'Tom Hale and Ben Cole met on Monday. "The army is ready to move," he said.'],
  ])('goes to no one when both fit: %s', (_case, body) => {
    expect(quoteWith(extract(body), 'ready to move')?.speakerName ?? null).toBeNull();
  });

  it.each([
    ['"he" of a man and a woman', 'Tom Hale and Ann Lee met on Monday. He said, "The army is ready to move."', 'Tom Hale'],
    ['"she" of a man and a woman', 'Tom Hale and Ann Lee met on Monday. She said, "The army is ready to move."', 'Ann Lee'],
    ['"they" of the pair', 'Tom Hale and Ben Cole met on Monday. They said, "The army is ready to move."', 'Tom Hale and Ben Cole'],
    ['"he" after one man met another (guard)', 'Tom Hale met Ben Cole on Monday. He said, "The army is ready to move."', 'Tom Hale'],
  ])('goes to the one that fits: %s', (_case, body, speaker) => {
    expect(quoteWith(extract(body), 'ready to move')?.speakerName).toBe(speaker);
  });
});

// "Gen. Dunford asked Admiral Harris just that question. … “…,” he said"
// had gone to a place named earlier (PolNeAR train): the one asked is who
// answers, though no subject.
describe('a pronoun after a question put to someone', () => {
  it('goes to the one asked when the asker does not fit', () => {
    const body = 'Tom Hale spoke first. Ann Lee asked Ben Cole whether the bridge had fallen. "No, it has not," he said.';
    expect(quoteWith(extract(body), 'it has not')?.speakerName).toBe('Ben Cole');
  });

  it('goes to no one when the asker fits too', () => {
    const body = 'Ann Lee spoke first. Tom Hale asked Ben Cole whether the bridge had fallen. "No, it has not," he said.';
    expect(quoteWith(extract(body), 'it has not')?.speakerName ?? null).toBeNull();
  });

  // PolNeAR train: "Scott Conroy asked Sanders whether … “Sure it is …,” he
  // said" went to Conroy: a one-word name asked was no one asked.
  it('goes to no one when the one asked is a bare name and the asker fits too', () => {
    const body = 'Ben Varga spoke first.\n\nTom Hale asked Varga whether the plan was fair. "Sure it is," he said.';
    expect(quoteWith(extract(body), 'Sure it is')?.speakerName ?? null).toBeNull();
  });

  it('goes to the asker when only the asker fits (guard)', () => {
    const body = 'Tom Hale spoke first. Ann Lee asked Ben Cole whether the bridge had fallen. "No, it has not," she said.';
    expect(quoteWith(extract(body), 'it has not')?.speakerName).toBe('Ann Lee');
  });
});

// War-news probe: "Gerasimov reported to Putin, who thanked him. “You did a
// great job,” he said." went to Gerasimov: the one turned to, who answers
// back, may be the "he" as much as the one asked.
describe('a pronoun after someone who answers back in a "who" clause', () => {
  it('goes to the one who answered when the subject does not fit', () => {
    const body = 'Tom Hale spoke first. Ann Lee reported to Ben Cole, who thanked her. "You did a great job," he said.';
    expect(quoteWith(extract(body), 'great job')?.speakerName).toBe('Ben Cole');
  });

  it('goes to no one when the subject fits too', () => {
    const body = 'Ann Lee spoke first. Tom Hale reported to Ben Cole, who thanked him. "You did a great job," he said.';
    expect(quoteWith(extract(body), 'great job')?.speakerName ?? null).toBeNull();
  });

  it('keeps the subject when the "who" clause does not act back on them (guard)', () => {
    const body = 'Ann Lee spoke first. Tom Hale reported to Ben Cole, who was tired. "You did a great job," he said.';
    expect(quoteWith(extract(body), 'great job')?.speakerName).toBe('Tom Hale');
  });
});

// An interview told as an exchange: a question standing alone after an
// answer is the next turn, and may be either speaker's.
describe('a question standing alone after an answer', () => {
  const exchange = (last: string) => `Ann Lee spoke with Mia Ruiz.\n\n"Is the army ready to move?" Lee asked.\n\n"Yes," Ruiz said.\n\n"${last}"`;

  it('goes to no one, not on with the answer', () => {
    expect(quoteWith(extract(exchange('When will the army cross the river?')), 'cross the river')?.speakerName ?? null).toBeNull();
  });

  it('lets a statement standing there carry the answer on (guard)', () => {
    expect(quoteWith(extract(exchange('The army will cross the river at dawn.')), 'cross the river')?.speakerName).toBe('Mia Ruiz');
  });

  it('lets a question carry on a reply to a statement, not to a question (guard)', () => {
    const body = 'Ann Lee spoke with Mia Ruiz.\n\n"The army is ready to move," Lee said.\n\n"Yes," Ruiz said.\n\n"Why would it wait to cross the river?"';
    expect(quoteWith(extract(body), 'cross the river')?.speakerName).toBe('Mia Ruiz');
  });

  it('lets a question carry on a statement that answered none (guard)', () => {
    const body = 'Ann Lee spoke first.\n\n"The army is ready to move," Mia Ruiz said.\n\n"Why would it wait to cross the river?"';
    expect(quoteWith(extract(body), 'cross the river')?.speakerName).toBe('Mia Ruiz');
  });
});

// "Defence Minister Ann Lee met Foreign Minister Mia Ruiz. “…,” the
// minister said." had gone to Ruiz, the nearer minister; either may be meant.
describe('a title two people in one sentence hold', () => {
  it.each([
    ['joined by "and"', 'Defence Minister Ann Lee and Foreign Minister Mia Ruiz met on Monday. "The army is ready to move," the minister said.'],
    ['subject and object', 'Defence Minister Ann Lee met Foreign Minister Mia Ruiz on Monday. "The army is ready to move," the minister said.'],
  ])('stays the description as written: %s', (_case, body) => {
    expect(quoteWith(extract(body), 'ready to move')?.speakerName).toBe('minister');
  });

  it.each([
    ['one holder only', 'Defence Minister Ann Lee met Tom Hale on Monday. "The army is ready to move," the minister said.', 'Ann Lee'],
    ['two holders in two sentences: the later', 'Sen. Tom Hale spoke. Sen. Ben Cole answered. "The army is ready to move," the senator said.', 'Ben Cole'],
  ])('goes to the holder: %s (guard)', (_case, body, speaker) => {
    expect(quoteWith(extract(body), 'ready to move')?.speakerName).toBe(speaker);
  });
});

// War-news probe: "President Vladimir Putin congratulated the troops. …
// Zelenskiy's office did not respond. … the president said Ukraine would
// “not give up an inch”" went to Putin, the one president the text titled.
describe('a title after someone else the text made its subject', () => {
  it.each([
    ['a bare surname', 'President Ann Lee thanked the troops.\n\nRuiz did not respond to a request for comment. Earlier, the president said "the army will hold the line."'],
    ['the owner of the subject', 'President Ann Lee thanked the troops.\n\nRuiz\'s office did not respond to a request for comment. Earlier, the president said "the army will hold the line."'],
  ])('stays the description as written: %s', (_case, body) => {
    expect(quoteWith(extract(body), 'hold the line')?.speakerName).toBe('president');
  });

  it.each([
    ['a place', 'President Ann Lee thanked the troops.\n\nUkraine did not respond to a request for comment. Earlier, the president said "the army will hold the line."'],
    ['the owner of an object', 'President Ann Lee thanked the troops.\n\nReporters waited outside Ruiz\'s office. Earlier, the president said "the army will hold the line."'],
  ])('still goes to the holder after %s (guard)', (_case, body) => {
    expect(quoteWith(extract(body), 'hold the line')?.speakerName).toBe('Ann Lee');
  });

  // War-news probe: "U.S. Secretary of State Marco Rubio … Zelenskiy told a
  // news conference … The secretary of state said" stayed a description, and
  // the "he said" after it went to Zelenskiy.
  it('still goes to the holder of an "of" title after someone of another office', () => {
    const body = 'President Tom Hale met Secretary of State Ann Lee in Kyiv.\n\nLee said the talks went well. Hale told reporters he would not cede land.\n\nThe secretary of state said "the aid will continue."';
    expect(quoteWith(extract(body), 'aid will continue')?.speakerName).toBe('Ann Lee');
  });
});

// War-news probe: "Lukashenko said Minsk had warned Kyiv …. Kazakhstan's
// foreign ministry called for restraint. It said Astana was ready to host
// talks." gave the ministry's words to Minsk.
// War-news probe: "Kim Yo Jong … issued a statement. She said …. … He added
// that Seoul was monitoring the situation." gave the man's words to her: a
// "she" that meant her did not make her a woman for the pronouns after it.
describe('someone a "she" or "he" has meant', () => {
  it('is no later pronoun of the other gender', () => {
    const body = 'Choe Sol-mi, the leader\'s envoy, issued a statement on Wednesday. She said the deployment had been lawful.\n\nSeoul dismissed the remarks. He added that Seoul was watching the border closely.';
    const quotes = extract(body);
    expect(quoteWith(quotes, 'deployment had been lawful')?.speakerName).toBe('Choe Sol-mi');
    expect(quoteWith(quotes, 'watching the border')?.speakerName ?? null).toBeNull();
  });

  it('is still the later pronoun of the same gender (guard)', () => {
    const body = 'Choe Sol-mi, the leader\'s envoy, issued a statement on Wednesday. She said the deployment had been lawful.\n\nSeoul dismissed the remarks. She added that Seoul was watching the border closely.';
    expect(quoteWith(extract(body), 'watching the border')?.speakerName).toBe('Choe Sol-mi');
  });
});

// War-news probe: "A man named Viktor, 70, was sitting on a bench. “Where
// would I go?” he asked me." gave the quote to "man", not to Viktor.
describe('a description that names its person with "named"', () => {
  it('gives a "he" after it to the name', () => {
    const body = 'Tom Hale spoke first.\n\nA man named Viktor, 70, was sitting on a bench. "Where would I go?" he asked.';
    expect(quoteWith(extract(body), 'Where would I go')?.speakerName).toBe('Viktor');
  });

  // PolNeAR: "one lawmaker called Trump “the orange prince of American self-publicity.”"
  it('is no naming when "called" is the verb and a quote follows the name (guard)', () => {
    const body = 'Tom Hale spoke first. One lawmaker called Hale "the orange prince of the city."';
    expect(quoteWith(extract(body), 'orange prince')?.speakerName).toBe('One lawmaker');
  });
});

// War-news probe (British and translated usage): "The Ukrainian side have
// rejected the account. “It is fiction,” they said" went to the Ministry of
// Defence named before: "side" was no word for a body.
describe('"they" or "it" after "the … side" that spoke', () => {
  it.each([
    ['they', 'The Salem Ministry of Defence said it was aware of the reports.\n\nThe Dover side have rejected the account. "It is fiction," they said in a statement.'],
    ['it', 'The Salem Ministry of Defence said it was aware of the reports.\n\nThe Dover side rejected the account. "It is fiction," it said in a statement.'],
  ])('"%s" is that side', (_case, body) => {
    expect(quoteWith(extract(body), 'It is fiction')?.speakerName).toBe('Dover side');
  });
});

describe('"it" after a body described as a subject that has not spoken', () => {
  it('goes to no one rather than past the body', () => {
    const body = 'Ann Lee said Belarus had warned Kyiv.\n\nKazakhstan\'s foreign ministry called for restraint. It said "talks are the only way."';
    expect(quoteWith(extract(body), 'only way')?.speakerName ?? null).toBeNull();
  });

  it('goes to the body once it has spoken (guard)', () => {
    const body = 'Ann Lee said Belarus had warned Kyiv.\n\nKazakhstan\'s foreign ministry said it wanted restraint. It said "talks are the only way."';
    expect(quoteWith(extract(body), 'only way')?.speakerName).toBe("Kazakhstan's foreign ministry");
  });
});

// War-news probe: "KCNA cited him as saying …. South Korea's Joint Chiefs of
// Staff said about 4,700 … had been killed. It said Pyongyang was likely to
// send more." gave the Joint Chiefs' words to KCNA: they were read as many
// people, whom no "it" means, and the "it" went past them.
describe('"it" after a group with a capitalised name that spoke', () => {
  it('goes to no one rather than past the group', () => {
    const body = 'The Salem News Agency said the troops had returned.\n\nDover\'s Joint Chiefs of Staff said about 4,700 soldiers had been killed. It said "Salem is likely to send more."';
    expect(quoteWith(extract(body), 'likely to send more')?.speakerName ?? null).toBeNull();
  });

  it('still goes to a body past people described in lower case (guard)', () => {
    const body = 'The Salem News Agency said the troops had returned.\n\nLocal officials said about 4,700 soldiers had been killed. It said "Salem is likely to send more."';
    expect(quoteWith(extract(body), 'likely to send more')?.speakerName).toBe('Salem News Agency');
  });
});

// War-news probe: "Palisa … said the decision had been taken “at the
// highest level”. But a soldier in the 47th Brigade disputed that account.
// “We were abandoned,” he said." went to Palisa.
describe('"he" after someone brought in, unnamed, to contest what was said', () => {
  it.each([
    ['"disputed"', 'Tom Hale said the decision was final.\n\nBut a soldier disputed that account. "We were abandoned," he said.'],
    ['"denied", past a modifier', 'Tom Hale said the decision was final.\n\nBut a soldier in the 47th Brigade denied it. "We were abandoned," he said.'],
    ['"disputed", past a relative clause', 'Tom Hale said the decision was final.\n\nBut a soldier, who fought there in March, disputed that account. "We were abandoned," he said.'],
    // War-news probe: "A second officer disagreed. “We are still there,” she said." had no speaker.
    ['"disagreed", with no object', 'Tom Hale said the decision was final.\n\nA soldier disagreed. "We were abandoned," he said.'],
  ])('goes to the newcomer: %s', (_case, body) => {
    expect(quoteWith(extract(body), 'were abandoned')?.speakerName).toBe('soldier');
  });

  // War-news probe: "A Ukrainian military spokesman, Andriy Kovalenko,
  // dismissed the claim. “This is propaganda,” he told …" went to "Ukrainian
  // military spokesman": the name after the comma is the newcomer.
  it('goes to the name given after the description', () => {
    const body = 'Tom Hale said the decision was final.\n\nA military spokesman, Ben Ruiz, dismissed the claim. "This is propaganda," he told reporters.';
    expect(quoteWith(extract(body), 'is propaganda')?.speakerName).toBe('Ben Ruiz');
  });

  it('does not go to one brought in who only asked (guard)', () => {
    const body = 'Tom Hale said the decision was final.\n\nA reporter asked him whether it would stand. "It will," he said.';
    expect(quoteWith(extract(body), 'It will')?.speakerName).toBe('Tom Hale');
  });
});

// War-news probe: "Russian milblogger Yuri Podolyaka claimed …. Another
// prominent milblogger … disputed this. “…,” the milblogger wrote." went to
// Podolyaka, whom the role had named until someone new was given it.
describe('a role given again to someone new ("another milblogger")', () => {
  const before = 'Russian milblogger Tom Hale claimed the town had fallen.\n\n';

  it.each([
    ['"another"', 'Another milblogger disputed this. "Nobody has taken anything," the milblogger wrote.'],
    ['"a second", not as the subject', 'The claim was disputed by a second milblogger. "Nobody has taken anything," the milblogger wrote.'],
  ])('no longer stands for the one named before: %s', (_case, text) => {
    const quote = quoteWith(extract(before + text), 'Nobody has taken');
    expect(quote?.mention).toBe('the milblogger');
    expect(quote?.speakerName).not.toBe('Tom Hale');
  });

  it('still does with no one new in between (guard)', () => {
    const quote = quoteWith(extract(`${before}The claim was disputed. "Nobody has taken anything," the milblogger wrote.`), 'Nobody has taken');
    expect(quote?.speakerName).toBe('Tom Hale');
  });
});

// War-news probe: "Residents of Sumy said … They said at least two people
// were killed." lost the second statement: at a sentence's start "Residents
// of Sumy" read as a name, like "Bank of America", which is no "they".
describe('"they" after "Residents of …" opening a sentence', () => {
  it('goes to the residents', () => {
    const body = 'Tom Hale spoke first.\n\nResidents of Salem said drones had struck the city. They said "two people were killed."';
    expect(quoteWith(extract(body), 'two people')?.speakerName).toBe('Residents of Salem');
  });

  // War-news probe: "Soldiers from the 47th Brigade described weeks of heavy
  // shelling. Their commander, Col. Oleksandr Sak, said …. “…,” they said." had no speaker.
  it('goes to people whose phrase goes on with "from …" ("Soldiers from the 47th Brigade described")', () => {
    const body = 'Tom Hale spoke first.\n\nSoldiers from the 47th Brigade described weeks of heavy shelling. Their commander, Col. Ivo Marsh, said the unit had held its positions.\n\n"We had no sleep for days," they said.';
    expect(quoteWith(extract(body), 'no sleep for days')?.speakerName).toBe('Soldiers');
  });

  // War-news probe: "Officials in Kyiv have disputed those accounts. They
  // insist …" went to "Commanders" named a paragraph before.
  it.each([
    ['Officials in Salem have disputed those accounts.', 'Officials'],
    ['Senior officials in Salem have disputed those accounts.', 'Senior officials'],
  ])('goes to a group placed somewhere that is the subject: "%s"', (sentence, speaker) => {
    const body = `Soldiers say the retreat was chaotic. Commanders, they say, gave contradictory orders.\n\n${sentence} They insist the retreat was orderly.`;
    expect(quoteWith(extract(body), 'retreat was orderly')?.speakerName).toBe(speaker);
  });

  it('leaves a body named so a name ("Friends of the Earth") (guard)', () => {
    const body = 'Tom Hale spoke first.\n\nFriends of the Earth said the plan was bad. "It will fail," said Ann Lee, its director.';
    expect(extract(body).find((q) => q.kind === 'reported')?.speakerKind).not.toBe('description');
  });
});

// War-news probe: "…, Moscow said on Saturday. … “We lost many vehicles on
// the road,” he said." went to Moscow: a capital that speaks for its
// government is no "he".
describe('"he" after a capital that spoke', () => {
  it('goes to no one when no person came before', () => {
    const body = 'Russian troops have retaken the region, Moscow said on Saturday.\n\n"We lost many vehicles on the road," he said.';
    const quote = quoteWith(extract(body), 'many vehicles');
    expect(quote).toBeDefined();
    expect(quote?.speakerName).toBeNull();
  });

  it('passes over the capital to the person before it', () => {
    const body = 'Gen. Tom Hale toured the front.\n\nRussian troops have retaken the region, Kyiv said on Saturday.\n\n"We lost many vehicles on the road," he said.';
    expect(quoteWith(extract(body), 'many vehicles')?.speakerName).toBe('Tom Hale');
  });
});

// War-news probe: "Lavrov accused Kyiv of sabotage, while his Ukrainian
// counterpart dismissed the charge. “This is nonsense,” he said." went to
// Sybiha, named a paragraph before: the counterpart, of no gender the text
// shows, was never a candidate, and "he" passed over him.
describe('"he" after a person described, of no known gender', () => {
  it.each([
    ['in a clause after a bare name', 'Tom Hale said the talks had gone well.\n\nRuiz accused the council of delays, while his counterpart dismissed the charge. "This is nonsense," he said.'],
    ['in a clause after a full name', 'Tom Hale said the talks had gone well.\n\nBen Ruiz accused the council of delays, while his counterpart dismissed the charge. "This is nonsense," he said.'],
    ['as the next sentence\'s subject', 'Tom Hale said the talks had gone well.\n\nRuiz accused the council of delays. The official dismissed the charge. "This is nonsense," he said.'],
    // War-news probe: the commander's "he said" went to the soldier quoted before him.
    ['who spoke, with an appositive that names no one', 'Tom Hale said the talks had gone well.\n\nHis unit commander, a major who uses the call sign “Bear”, said the retreat had been planned for weeks.\n\n"This is nonsense," he said.'],
  ])('goes to no one: %s', (_case, body) => {
    expect(quoteWith(extract(body), 'This is nonsense')?.speakerName ?? null).toBeNull();
  });

  it.each([
    ['in a clause on the name ("whose spokesperson")', 'Tom Hale said the talks had gone well.\n\nBen Ruiz, whose spokesperson declined to comment, said the talks were over. "This is nonsense," he said.', 'This is nonsense', 'Ben Ruiz'],
    ['as the subject of what someone said ("saying the person would")', 'Tom Hale said the talks had gone well.\n\nBen Ruiz took a heckler in stride, saying the person would be safe. "This is nonsense," he said.', 'This is nonsense', 'Ben Ruiz'],
    ['as a crowd', 'Tom Hale said the talks had gone well.\n\nThe crowd booed when Ben Ruiz spoke. "This is nonsense," he said.', 'This is nonsense', 'Ben Ruiz'],
    ['who spoke, with an appositive that names him', 'Tom Hale said the talks had gone well.\n\nHis unit commander, Maj. Ben Ruiz, said the retreat had been planned for weeks.\n\n"This is nonsense," he said.', 'This is nonsense', 'Ben Ruiz'],
    ['the one a newcomer spoke as ("“…,” the official said. He added")', 'Tom Hale said the talks had gone well.\n\nA Ukrainian official, asked about the talks, said Kyiv had shared its data. "They know the real picture," the official said.\n\nHe added that "the losses are heavy."', 'losses are heavy', 'Ukrainian official'],
    ['who spoke, and is a woman named before', 'Tom Hale said the talks had gone well.\n\nAnn Lee, a defence official, visited the front on Monday.\n\nThe retreat was planned, the official said.\n\n"This is nonsense," he said.', 'This is nonsense', 'Tom Hale'],
  ])('still goes to the one named when the description is %s (guard)', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName).toBe(speaker);
  });
});

// "Russia's defence ministry said …. It added that “…”" had no speaker: only
// a named body could be "it". PolNeAR train: "the company wrote …. It added, “…”".
describe('"it" for a body the article only describes', () => {
  it('goes to the body once it has spoken', () => {
    const body = 'Tom Hale spoke first. Russia\'s defence ministry said that its forces had taken the village. It added that "the army is ready to move."';
    expect(quoteWith(extract(body), 'ready to move')?.speakerName).toBe("Russia's defence ministry");
  });

  // A war-news probe: "it" could not mean a body whose phrase ended in "forces".
  it('goes to a body named before a phrase another name owns ("The General Staff of Salem’s armed forces")', () => {
    const body = 'Tom Hale spoke first. The General Staff of Salem’s armed forces said in a statement that “the report is false.” It added that the situation was difficult.';
    expect(quoteWith(extract(body), 'situation was difficult')?.speakerName).toBe('General Staff');
  });

  it('keeps the whole phrase for a head that is no body ("the deputy head of Salem’s delegation") (guard)', () => {
    const body = 'Tom Hale spoke first. The deputy head of Salem’s delegation said that the talks had stalled.';
    expect(quoteWith(extract(body), 'talks had stalled')?.speakerName).toBe('deputy head of Salem’s delegation');
  });

  // "announced a review" is speech (the next test); "ordered" is not.
  it('does not go to a body that has not spoken (guard)', () => {
    const body = 'Tom Hale spoke first. The ministry ordered a review of its forces. "The army is ready to move," it said.';
    expect(quoteWith(extract(body), 'ready to move')?.speakerName ?? null).toBeNull();
  });

  // War-news probe: "Ukraine's military intelligence agency disputed the figure. “…,” it said".
  it('goes to a body that was the subject of a verb of speech', () => {
    const body = 'Tom Hale spoke first. The defence ministry disputed the figure. "The army is ready to move," it said.';
    expect(quoteWith(extract(body), 'ready to move')?.speakerName).toBe('defence ministry');
  });

  // War-news probe: "The Institute for the Study of War, a think tank, said
  // Ukrainian forces were near Demidovka. It added …" had no speaker.
  it('goes to the body that spoke past forces it spoke of', () => {
    const body = 'Tom Hale spoke first. The Salem Institute, a think tank, said Salem forces were near the bridge. It added that the claims were premature.';
    expect(quoteWith(extract(body), 'claims were premature')?.speakerName).toBe('Salem Institute');
  });

  it('goes to the body an appositive calls a "US think tank", not to the US', () => {
    const body = 'Tom Hale spoke first. The Salem Institute, a US think tank, published a new assessment on Sunday. It said Salem forces had stalled.';
    expect(quoteWith(extract(body), 'forces had stalled')?.speakerName).toBe('Salem Institute');
  });

  // Looking past the body's phrase once ran off the end of the paragraph.
  it.each(['The ministry', 'Officials said it was over. The ministry'])('reads a paragraph that ends in a body: "%s" (guard)', (body) => {
    expect(() => extract(body)).not.toThrow();
  });
});

// War-news probe: "Russia said its air defences had downed 20 drones.
// Ukraine did not comment. It said the drones had targeted Moscow." gave
// the claim to Ukraine, which had just said nothing.
describe('"it" after a body that held words back', () => {
  it.each([
    ['"did not comment"', 'Ukraine did not comment.'],
    ['"declined to comment"', 'Ukraine declined to comment.'],
    ['"did not respond"', 'Ukraine did not respond to a request for comment.'],
  ])('goes to no one when another body spoke just before it: %s', (_case, withheld) => {
    const body = `Tom Hale spoke first.\n\nRussia said its air defences had downed 20 drones. ${withheld} It said the drones had targeted Moscow.`;
    expect(quoteWith(extract(body), 'targeted Moscow')?.speakerName ?? null).toBeNull();
  });

  it('goes to that body when no one spoke before it (guard)', () => {
    const body = 'Tom Hale spoke first.\n\nUkraine did not comment on Monday. It said on Tuesday that the drones had targeted Moscow.';
    expect(quoteWith(extract(body), 'targeted Moscow')?.speakerName).toBe('Ukraine');
  });

  it('goes to the body that spoke last when it held nothing back (guard)', () => {
    const body = 'Tom Hale spoke first.\n\nRussia said its air defences had downed 20 drones. Ukraine disputed the figure. It said the drones had targeted Moscow.';
    expect(quoteWith(extract(body), 'targeted Moscow')?.speakerName).toBe('Ukraine');
  });
});

// War-news probe: "Moscow accused Kyiv of shelling a power plant, which
// Ukraine denied. It called the accusation “absurd.”" went to Moscow.
describe('"it" after a body that spoke in a clause after the main subject', () => {
  it('goes to no one: either may be meant', () => {
    const body = 'Tom Hale spoke first.\n\nRussia accused Salem of shelling a power plant, which Ukraine denied. It called the accusation "absurd."';
    expect(quoteWith(extract(body), 'absurd')?.speakerName ?? null).toBeNull();
  });

  it('goes to the main subject when the clause reports no speech (guard)', () => {
    const body = 'Tom Hale spoke first.\n\nRussia accused Salem of shelling a power plant, which Ukraine held. It called the attack "terrorism."';
    expect(quoteWith(extract(body), 'terrorism')?.speakerName).toBe('Russia');
  });

  it('leaves "he" to the main subject ("Lee did not answer when Hale asked …") (guard)', () => {
    const body = 'Tom Hale spoke first.\n\nBen Cole did not sound sure when Dan Ruiz asked whether the party would hold the seat. "It is gonna be unpredictable," he said.';
    expect(quoteWith(extract(body), 'gonna be unpredictable')?.speakerName).toBe('Ben Cole');
  });
});

// War-news probe: "Lt. Col. Pavel Ivanov pointed to a wall …. “…,” the officer said" stayed "officer".
// War-news probe: "“I congratulate the command …,” the Russian leader said"
// stayed "Russian leader" after "Russian President Vladimir Putin", with
// the chief of the General Staff quoted between them.
describe('"the leader" after a head of state', () => {
  it('is the president, past someone quoted since who holds another office', () => {
    const body = 'Salem President Ann Lee met the troops. Chief of the General Staff Tom Hale said the village had fallen. "The army is ready to move," the Salem leader said.';
    expect(quoteWith(extract(body), 'ready to move')?.speakerName).toBe('Ann Lee');
  });

  it('stays as written after someone quoted since whose titles the text never gave (guard)', () => {
    const body = 'Salem President Ann Lee met the troops. Tom Hale said the village had fallen. "The army is ready to move," the Salem leader said.';
    expect(quoteWith(extract(body), 'ready to move')?.speakerName).toBe('Salem leader');
  });

  // War-news probe (TASS style): "“…,” the head of state said" stayed "head of state".
  it('is what "the head of state" means too', () => {
    const body = 'Salem President Ann Lee met the troops. Chief of the General Staff Tom Hale said the village had fallen. "The army is ready to move," the head of state said.';
    expect(quoteWith(extract(body), 'ready to move')?.speakerName).toBe('Ann Lee');
  });
});

// War-news probe: "Yulia Svyrydenko, the economy minister, met EU
// Commissioner Marta Kos …. Svyrydenko said …. The commissioner later told
// reporters …" left "commissioner" as written: the minister quoted since
// might have been the commissioner, since "commissioner" was no office.
describe('"the commissioner" past a minister quoted since', () => {
  it.each([
    ['commissioner', 'Salem Commissioner Ann Lee'],
    ['ombudsman', 'Salem Ombudsman Ann Lee'],
  ])('is the %s named before', (title, named) => {
    const body = `Mia Ruiz, the economy minister, met ${named} on Monday. Lee promised new funds.\n\nRuiz said the town needed billions. "We are rebuilding," she said.\n\nThe ${title} later told reporters that details would follow in June.`;
    expect(quoteWith(extract(body), 'details would follow')?.speakerName).toBe('Ann Lee');
  });
});

// War-news probe: "Valery Gerasimov, the chief of the General Staff, …",
// then "the chief said" and "the head of the General Staff noted" stayed
// descriptions: a role with an "of" phrase in an appositive gave him
// nothing, and "head" was not "chief".
describe('a role with an "of" phrase', () => {
  it.each([
    ['"the chief" after an appositive', 'Tom Hale, the chief of the General Staff, spoke on Monday.\n\n"The army is ready to move," the chief said.'],
    ['"the head of" after the title "Chief of"', 'Chief of the General Staff Tom Hale spoke on Monday.\n\n"The army is ready to move," the head of the General Staff said.'],
  ])('is the person it was given: %s', (_case, body) => {
    expect(quoteWith(extract(body), 'ready to move')?.speakerName).toBe('Tom Hale');
  });

  // PolNeAR: "Dan Gross, president of the Brady Campaign, live tweeted as Obama spoke …. An early tweet quoted the president as saying …".
  it('leaves a bare title to the one who holds it outright', () => {
    const body = 'Tom Hale, president of the Salem Club, listened as President Ann Lee spoke on Monday.\n\n"The army is ready to move," the president said.';
    expect(quoteWith(extract(body), 'ready to move')?.speakerName).toBe('Ann Lee');
  });

  it('gives a bare title to neither when the role-holder is the later subject', () => {
    const body = 'President Ann Lee spoke on Monday. Tom Hale, president of the Salem Club, listened. "The army is ready to move," the president said.';
    expect(quoteWith(extract(body), 'ready to move')?.speakerName).toBe('president');
  });
});

describe('"the officer" after a rank', () => {
  it('is the person the rank was given', () => {
    const body = 'Tom Hale spoke first. Standing in the ruins, Lt. Col. Ann Lee pointed to a wall. "The army is ready to move," the officer said.';
    expect(quoteWith(extract(body), 'ready to move')?.speakerName).toBe('Ann Lee');
  });
});

// War-news probe: "Russia's deputy foreign minister, Sergei Ryabkov,
// dismissed both statements. “…,” the diplomat told RIA Novosti." stayed "diplomat".
describe('"the diplomat" after a foreign minister or an envoy', () => {
  it.each([
    ['a deputy foreign minister', 'Salem’s deputy foreign minister, Ann Lee, dismissed the claim.'],
    ['an ambassador', 'Salem’s ambassador, Ann Lee, dismissed the claim.'],
  ])('is the person so described: %s', (_case, sentence) => {
    const body = `Tom Hale spoke first. ${sentence} "They are living in a fantasy world," the diplomat said.`;
    expect(quoteWith(extract(body), 'fantasy world')?.speakerName).toBe('Ann Lee');
  });

  it('is not a minister of another kind ("the defence minister") (guard)', () => {
    const body = 'Tom Hale spoke first. Salem’s defence minister, Ann Lee, dismissed the claim. "They are living in a fantasy world," the diplomat said.';
    expect(quoteWith(extract(body), 'fantasy world')?.speakerName).toBe('diplomat');
  });
});

// "Ben Carson, a retired neurosurgeon, … the neurosurgeon said" stayed "neurosurgeon":
// only a title ("a former senator") told what a later description meant.
describe('a role noun in an appositive', () => {
  it('lets a later description with that noun name the person', () => {
    const body = 'Ben Carson, a retired neurosurgeon, spoke on Monday. "The army is ready to move," the retired neurosurgeon said.';
    expect(quoteWith(extract(body), 'ready to move')?.speakerName).toBe('Ben Carson');
  });

  it('stays as written once someone else has been the subject (guard)', () => {
    const body = 'Ben Carson, a retired doctor, spoke on Monday. Tom Hale, a lawyer, answered. "The army is ready to move," the doctor said.';
    expect(quoteWith(extract(body), 'ready to move')?.speakerName).toBe('doctor');
  });

  // War-news probe: "A local priest, Father Sergiy, said …. “…,” the priest said" stayed "priest".
  it('lets a role noun before the name, set off by commas, name the person too', () => {
    const body = 'A local doctor, Ivan Petrenko, said he had stayed. "I did not leave," the doctor said.';
    expect(quoteWith(extract(body), 'did not leave')?.speakerName).toBe('Ivan Petrenko');
  });

  // PolNeAR: "A reporter pointed out that …" after "a reporter, Michelle Fields," is someone else.
  it('never gives a description with "a" or "an" to the person it described before', () => {
    const body = 'A local doctor, Ivan Petrenko, said he had stayed. "I did not leave," a doctor said.';
    expect(quoteWith(extract(body), 'did not leave')?.speakerName).toBe('doctor');
  });
});

// "Oren and Noa Tal": one surname, two people. Which of them "Mr. Tal" is,
// the text says only through first names a reader may not know.
describe('"him" after "with", which may be the subject\'s own', () => {
  it('still counts as the subject\'s gender, so "she" does not go to him', () => {
    const quotes = extract('Tad Drew spoke first. Noa Tal took the aides with him. "We are ready," she said.');
    expect(quoteWith(quotes, 'We are ready')?.speakerName).not.toBe('Noa Tal');
  });
});

describe('two people named by one surname after "and"', () => {
  it.each([
    ['"Mr." to the man', 'Tom and Ann Hale spoke at the vigil. "We lost our son," Mr. Hale said.', 'Tom Hale'],
    ['"Mrs." to the woman', 'Tom and Ann Hale spoke at the vigil. "We lost our son," Mrs. Hale said.', 'Ann Hale'],
    ['the surname after a word for family', 'The parents, Oren and Noa Tal, spoke at the vigil. "We lost our son," Oren said.', 'Oren Tal'],
  ])('knows the first name before "and" shares the surname: %s', (_case, body, speaker) => {
    expect(quoteWith(extract(body), 'lost our son')?.speakerName).toBe(speaker);
  });

  it('takes "Mr. Tal" for neither of two it cannot tell apart, and keeps him as written', () => {
    const quotes = extract('The parents, Oren and Noa Tal, spoke at the vigil. "We lost our son," Mr. Tal said. His wife cried.');
    expect(quoteWith(quotes, 'lost our son')).toMatchObject({ speakerName: 'Tal', mention: 'Mr. Tal' });
  });

  it('does not give a full name later to the "Mr. Tal" it could not place', () => {
    const quotes = extract('The parents, Oren and Noa Tal, spoke at the vigil. "We lost our son," Mr. Tal said. Their son, Ari Tal, died in May.');
    expect(quoteWith(quotes, 'lost our son')?.speakerName).toBe('Tal');
  });

  it('reads two surnames joined by "and" as two people (guard)', () => {
    const quotes = extract('Hale and Ann Ruiz spoke at the vigil. "We lost our son," Hale said.');
    expect(quoteWith(quotes, 'lost our son')?.speakerName).toBe('Hale');
  });
});

// PolNeAR train: "In what he acknowledged as a news conference-ending
// “rant,” President Obama took a whack at Trump" gave the word to Trump,
// the paragraph before's subject.
describe('a pronoun in an opening clause before a named main subject', () => {
  it('is no one when it resolves to someone other than that name', () => {
    const body = 'Tom Hale spoke in Maine on Monday.\n\nIn what he called a “rant,” Governor Ben Cole took aim at the plan.';
    expect(quoteWith(extract(body), 'rant')?.speakerName).toBeNull();
  });

  it('keeps its referent when that is the name after it (guard)', () => {
    const body = 'Ben Cole spoke in Maine on Monday.\n\nWhile he called the plan “a rant,” Cole later voted for it.';
    expect(quoteWith(extract(body), 'a rant')?.speakerName).toBe('Ben Cole');
  });

  it('keeps its referent when no name follows the comma (guard)', () => {
    const body = 'Tom Hale spoke in Maine on Monday.\n\nIn what he called a “rant,” the governor took aim at the plan.';
    expect(quoteWith(extract(body), 'rant')?.speakerName).toBe('Tom Hale');
  });
});

// War-news probe: "Viktoria, 34, fled Sudzha in August with her two
// children. “I have not heard from him since March,” she said." had no
// speaker: a first name alone is no evidence of a person, but an age is.
describe('a first name given an age between commas', () => {
  it('is a person a pronoun can mean', () => {
    const body = 'Tom Hale said the town was safe.\n\nIrina, 34, fled Kerlovo in August with her children. "I have not heard from my husband since March," she said.';
    expect(quoteWith(extract(body), 'not heard from')?.speakerName).toBe('Irina');
  });

  it('is not made a person by a number that is not an age (guard)', () => {
    const body = 'Tom Hale said the town was safe.\n\nIrina, 34 km from the border, was shelled overnight. "I have not heard from my husband since March," she said.';
    expect(quoteWith(extract(body), 'not heard from')?.speakerName ?? null).toBeNull();
  });
});

// War-news probe: "Viktor Marchenko, 60, points to a crater near his house.
// “That was a Grad rocket,” he said." went to the mayor quoted before.
describe('a person whose verb is in the present ("Viktor Lesko points to …")', () => {
  it.each([
    ['Viktor Lesko, 60, points to a crater near his house.'],
    ['Viktor Lesko points to a crater near his house.'],
    ['Viktor Lesko sweeps glass from the steps of his shop.'],
  ])('is the subject a later "he" means: "%s"', (sentence) => {
    const body = `Tom Hale, the mayor, said the town was almost empty.\n\n${sentence} “That was a Grad rocket,” he said.`;
    expect(quoteWith(extract(body), 'Grad rocket')?.speakerName).toBe('Viktor Lesko');
  });

  // The tagger's noun is mended only before what follows a verb alone.
  it('is no one rather than the man before when an adverb follows the verb ("lives alone now")', () => {
    const body = 'Tom Hale, the mayor, said the town was almost empty.\n\nViktor Lesko lives alone now. “That was a Grad rocket,” he said.';
    expect(quoteWith(extract(body), 'Grad rocket')?.speakerName ?? null).toBeNull();
  });

  it.each([
    ['no given name', 'Kremlin officials remain silent.'],
    ['a name inside the sentence', 'At the school, Viktor Lesko plans now matter.'],
  ])('leaves the man before after %s (guard)', (_case, sentence) => {
    const body = `Tom Hale, the mayor, said the town was almost empty.\n\n${sentence} “That was a Grad rocket,” he said.`;
    expect(quoteWith(extract(body), 'Grad rocket')?.speakerName).toBe('Tom Hale');
  });
});

// War-news probe: "Dmitry, a Russian volunteer fighter who declined to
// give his surname, spent six months near Sudzha. … “They were shelling
// from three sides,” he said." had no speaker.
describe('a first name a description after it calls a person', () => {
  it.each([
    ['a description between commas', 'Irina, a volunteer medic, fled Kerlovo in August.'],
    ['a description with a "who" clause', 'Irina, a volunteer medic who declined to give her surname, fled Kerlovo in August.'],
  ])('is a person a pronoun can mean: %s', (_case, sentence) => {
    const body = `Tom Hale said the town was safe.\n\n${sentence} "I have not heard from my husband since March," she said.`;
    expect(quoteWith(extract(body), 'not heard from')?.speakerName).toBe('Irina');
  });

  it('is not made a person by a description of a place (guard)', () => {
    const body = 'Tom Hale said the town was safe.\n\nIrina, a small village, was shelled overnight. "I have not heard from my husband since March," she said.';
    expect(quoteWith(extract(body), 'not heard from')?.speakerName ?? null).toBeNull();
  });
});

// PolNeAR train: "Geoff Garin, a strategist for Mrs. Clinton's 2008
// campaign who …, posited …. ''…,'' Mr. Garin said" made Garin a woman by
// the "Mrs." of his description, so "Mr. Garin" was someone else.
describe('a description with someone else\'s honorific in it', () => {
  it.each([
    ['in a modifier ("a strategist for Mrs. Lee\'s campaign")', 'Tom Garin, a strategist for Mrs. Lee’s campaign, argued that jobs matter.'],
    ['in an owner ("Mrs. Lee\'s strategist")', 'Tom Garin, Mrs. Lee’s strategist, argued that jobs matter.'],
  ])('gives the person described no gender: %s', (_case, sentence) => {
    const body = `${sentence}\n\n“Jobs matter,” Mr. Garin said.`;
    expect(quoteWith(extract(body), 'Jobs matter')?.speakerName).toBe('Tom Garin');
  });
});

// War-news probe: "Natalia Kalmykova, a deputy minister, met residents
// evacuated from Sudzha on Friday. Among them was Olga, 72. “I left
// everything behind,” she said." gave the evacuee's words to the minister.
describe('someone an "among" phrase brings on', () => {
  it.each([
    ['"Among them was X"', 'Among them was Irina, 72.'],
    ['"Among those evacuated was X"', 'Among those evacuated was Irina, 72.'],
  ])('is the "she" after it: %s', (_case, sentence) => {
    const body = `Ann Lee, a deputy minister, met residents of Kerlovo on Friday. ${sentence} “I left everything behind,” she said.`;
    expect(quoteWith(extract(body), 'left everything behind')?.speakerName).toBe('Irina');
  });

  it('is not someone named inside the "among" phrase (guard)', () => {
    const body = 'Ann Lee, a deputy minister, met residents on Friday. Among the friends of Irina Ruiz were many soldiers. “I left everything behind,” she said.';
    expect(quoteWith(extract(body), 'left everything behind')?.speakerName).not.toBe('Irina Ruiz');
  });
});

// PolNeAR train gave Carson's words to Cruz and Rihanna's to Shonda Rhimes:
// "he" passed over a sentence whose subject is a bare name the article never
// shows to be a person ("Carson defied the question. “…,” he said").
describe('a pronoun after a sentence whose subject is a bare unknown name', () => {
  it('is that name when it is the last one written', () => {
    const body = 'Tom Hale spoke on Saturday about the plan.\n\nVarga, meanwhile, visited the troops near the border. “The front is stable,” he said.';
    expect(quoteWith(extract(body), 'front is stable')?.speakerName).toBe('Varga');
  });

  // War-news probe: "Zelensky praised the troops. “…,” he said." had no speaker.
  it('is that name when no one before it fits', () => {
    const body = 'Varga praised the troops near the border. “The front is stable,” he said.';
    expect(quoteWith(extract(body), 'front is stable')?.speakerName).toBe('Varga');
  });

  // War-news probe: "Zelensky thanked Trump for the message. “…,” he added." went to Trump.
  it('is that name when the person before is only its object', () => {
    const body = 'Ivo Marsh said he was disappointed. "Stop!" he wrote.\n\nVarga thanked Marsh for the message. "We need pressure," he added.';
    expect(quoteWith(extract(body), 'need pressure')?.speakerName).toBe('Varga');
  });

  it('is no one when no one before it fits and it is not the last subject written (guard)', () => {
    const body = 'Varga praised the troops near the border. The ministry issued a statement. “The front is stable,” he said.';
    expect(quoteWith(extract(body), 'front is stable')?.speakerName ?? null).toBeNull();
  });

  it('is no one, rather than the person before it, when someone is named after it', () => {
    const body = 'Tom Hale spoke on Saturday about the plan.\n\nVarga visited the troops near the border. Ann Ruiz, the mayor, went with him. “The front is stable,” he said.';
    expect(quoteWith(extract(body), 'front is stable')?.speakerName).toBeNull();
  });

  it.each([
    ['that sentence names the earlier person too', 'Tom Hale spoke on Saturday.\n\nVarga then asked Hale about the states.\n\n“We feel great,” he said.', 'Tom Hale'],
    ['the name is a plural, many people', 'Tom Hale spoke on Saturday.\n\nHungarians, meanwhile, want the war to end. “We feel great,” he said.', 'Tom Hale'],
    ['the name is a dictionary word', 'Tom Hale spoke on Saturday.\n\nNone has offered a plan. “We feel great,” he said.', 'Tom Hale'],
  ])('keeps the earlier person when %s (guard)', (_case, body, speaker) => {
    expect(quoteWith(extract(body), 'We feel great')?.speakerName).toBe(speaker);
  });
});

// PolNeAR train gave Trump's "he's not worried" (and the four quotes after
// it) to Cruz, the speaker before.
describe('a pronoun after "As for X,"', () => {
  it('is X, the topic its sentence opens on', () => {
    const body = 'Ben Cole spoke first. “It would be a disaster,” the senator said.\n\nAs for Tom Hale, he said he is not worried. “We will have the votes,” he said.';
    const quotes = extract(body);
    expect(quoteWith(quotes, 'he is not worried')?.speakerName).toBe('Tom Hale');
    expect(quoteWith(quotes, 'We will have the votes')?.speakerName).toBe('Tom Hale');
  });

  it('is resolved as before when the topic is no name (guard)', () => {
    const body = 'Ben Cole spoke first. “It would be a disaster,” the senator said.\n\nAs for the vote, he said he is not worried.';
    expect(quoteWith(extract(body), 'he is not worried')?.speakerName).toBe('Ben Cole');
  });
});

// PolNeAR train gave George W. Bush's words ("the former president said")
// to Jeb Bush: "President Bush" had been read as Jeb, the first Bush named,
// and lent him the title.
describe('a title with a surname two people share', () => {
  const body = (title: string) =>
    'Tom Hale, facing pressure, brought his older brother, Ben Hale, to the rally.\n\n' +
    `Critics faulted ${title} Hale for his record on taxes.\n\n“I balanced the budget,” the former governor said.`;

  it('goes to neither, so the title is lent to no one', () => {
    expect(quoteWith(extract(body('Governor')), 'balanced the budget')?.speakerName).toBe('former governor');
  });

  it('goes to the one a title already names (guard)', () => {
    const text = 'Gov. Tom Hale, facing pressure, brought his older brother, Ben Hale, to the rally.\n\n“I balanced the budget,” Governor Hale said.';
    expect(quoteWith(extract(text), 'balanced the budget')?.speakerName).toBe('Tom Hale');
  });
});

// A war-news probe gave a Sudzha resident's words to the Duma speaker two
// paragraphs up: "Sergei", named alone, was no person a "he" could mean.
describe('a speaker named only by a first name', () => {
  it.each([
    ['after the verb', '“The town is ours again,” said Sergei, a resident of Salem. He said his house had been destroyed.'],
    ['before the verb', 'Sergei said: “The town is ours again.” He said his house had been destroyed.'],
  ])('is the "he" after his quote, %s', (_case, text) => {
    const body = `Pyotr Tolstoy, a deputy speaker, said that the troops “have been thrown out.”\n\n${text}`;
    expect(quoteWith(extract(body), 'house had been destroyed')?.speakerName).toBe('Sergei');
  });

  // PolNeAR dev: "“You winning?” she said, but Kevin was drifting off again, and as Trump went on
  // about … “I love you,” he said." is Trump's.
  it('is not when the name only does something in a clause ("but Kevin was drifting off") (guard)', () => {
    const body = 'Pyotr Tolstoy, a deputy speaker, spoke for an hour.\n\n“Are we winning?” she asked, but Kevin was drifting off again, and as Tolstoy went on about “our citizens,” Anna said yes.\n\n“We are winning,” he said.';
    expect(quoteWith(extract(body), 'We are winning')?.speakerName).toBe('Pyotr Tolstoy');
  });

  // War-news probe: "Serhiy said …. Oleh, the younger of the two, was less certain. He said he had
  // sent his children to Kyiv." gave Oleh's words to Serhiy: "he" passed over a given name the
  // text had not shown to be a person's.
  it.each([
    ['is the "he" when it is the last subject', 'Viktor was less certain. “If they come, we will leave,” he said.', 'Viktor'],
    ['is passed over by "she" (guard)', 'Viktor was less certain. “If they come, we will leave,” she said.', 'Ann Lee'],
  ])('opening a sentence after someone spoke, %s', (_case, sentence, speaker) => {
    const body = `Ann Lee and Ivo Marsh spoke first. “Where would we go?” Marsh said. “Where would we go?” Lee said.\n\n${sentence}`;
    expect(quoteWith(extract(body), 'we will leave')?.speakerName ?? null).toBe(speaker);
  });

  // A probe gave a villager's "he said" to the man quoted a paragraph up:
  // "Her neighbour, Viktor, agreed." named no one a "he" could mean.
  it.each([
    ['an appositive ("Her neighbour, Viktor, agreed")', 'Her neighbour, Viktor, agreed.'],
    ['a description in the phrase ("His brother Viktor agreed")', 'His brother Viktor agreed.'],
  ])('is the "he" after the text calls him a person: %s', (_case, sentence) => {
    const body = `Tom Hale said the withdrawal had been chaotic.\n\n${sentence} “We heard explosions all night,” he said.`;
    expect(quoteWith(extract(body), 'explosions all night')?.speakerName).toBe('Viktor');
  });

  // War-news probe: "Another soldier, Oleh, disagreed …. “…,” he said." went to no one: "Oleh" was no listed name.
  it('is the "he" for Ukrainian first names too ("Another soldier, Oleh, disagreed")', () => {
    const body = 'Soldiers described a chaotic retreat. One of them said his unit had lost contact.\n\nAnother soldier, Oleh, disagreed with that account. “We had orders,” he said.';
    expect(quoteWith(extract(body), 'We had orders')?.speakerName).toBe('Oleh');
  });
});

// A war-news probe gave "He said only that the “operation continues”" to
// Kim Jong Un, two paragraphs up: "the army spokesman" who declined to
// answer in the sentence before was no one a "he" could mean.
describe('a person described, not named, as the subject before a pronoun', () => {
  const before = 'Kim Jong Un praised the troops. “They are heroes,” Kim said.\n\n';

  it.each([
    ['"the army spokesman"', 'Asked whether Salem still held any ground, the army spokesman declined to answer directly. He said only that the “operation continues”.', 'army spokesman'],
    ['a possessed role ("Syrskyi’s spokesman")', 'Syrskyi’s spokesman declined to answer directly. He said only that the “operation continues”.', 'Syrskyi’s spokesman'],
  ])('is the "he": %s', (_case, text, speaker) => {
    expect(quoteWith(extract(before + text), 'operation continues')?.speakerName).toBe(speaker);
  });

  // PolNeAR train: "A 29-year-old Berlin woman, meanwhile, received five
  // months' probation …. “Filth out!” she wrote" went to Angela Merkel: the
  // comma after "woman" was taken for one before her name.
  it('is the "she" when a comma but no name follows the description ("A … woman, meanwhile, received")', () => {
    const body = 'Ann Lee spoke on Monday.\n\nA 29-year-old Salem woman, meanwhile, received probation after she posted comments online. "Out with them!" she wrote.';
    expect(quoteWith(extract(body), 'Out with them')?.speakerName).toBe('29-year-old Salem woman');
  });

  it.each([
    ['a name after it ("A spokesman, Tom Abbot, said")', 'A Salem spokesman, Tom Abbot, said on Saturday that the town held. The bridge, he said, was “still standing”.', 'Tom Abbot'],
    ['a thing a man owns ("Mr. Obama\'s eyes")', 'Barack Obama spoke last. Mr. Obama\'s eyes welled up as the crowd cheered. “We did it,” he said.', 'Barack Obama'],
  ])('gives way to the named person when the description has %s (guard)', (_case, text, speaker) => {
    const quote = extract(text).filter((q) => q.kind === 'direct').at(-1);
    expect(quote?.speakerName).toBe(speaker);
  });
});

// "…, according to sources. They said …" went to a group named before the sources.
describe('a group given as the source of a claim', () => {
  it('is whom "they" means next, though the claim itself is not read', () => {
    const body = 'Salem officials met on Monday. There are still pockets of troops who won’t leave, according to the party chairs from Salem and Dover, two of the largest towns. But they maintained that the troops had left.';
    expect(quoteWith(extract(body), 'the troops had left')?.speakerName).toBe('party chairs');
  });
});

// PolNeAR dev gave Trump's answer to "one questioner"; giving way to any man
// named just before gave a soldier's words to the Kremlin spokesman.
describe('a described speaker of no known gender before "he" or "she"', () => {
  it('gives way to the one a questioner asked', () => {
    const body = 'Tom Hale says the army has gone soft.\n\nAt a forum in Salem on Monday, one questioner claimed that “social engineering” was hurting the troops.\n\n“You’re right, it is getting worse every day,” he said.';
    expect(quoteWith(extract(body), 'getting worse')?.speakerName).toBe('Tom Hale');
  });

  it('is still the one after a man named in the sentence before, when no questioner (guard)', () => {
    const body = 'Kremlin spokesman Dmitry Peskov told reporters the operation was over.\n\nA Ukrainian soldier said his unit had withdrawn weeks ago. “There is nothing left to retake,” he told Reuters by phone.';
    expect(quoteWith(extract(body), 'nothing left to retake')?.speakerName).toBe('Ukrainian soldier');
  });

  it('is still the one when the woman was named long before (guard)', () => {
    const filler = 'The square was closed for the night while the police searched the area, and the city said more details would follow in the morning, after the families had been told. The council meets on Monday to discuss what went wrong, and several members have asked for an inquiry.';
    const body = `Ann Lee spoke on Monday.\n\n${filler}\n\nAt a forum, one questioner claimed that the vote had been delayed. “We need more time,” she said.`;
    expect(quoteWith(extract(body), 'We need more time')?.speakerName).toBe('one questioner');
  });

  it('is still the one when no one of that gender was named (guard)', () => {
    const body = 'Salem officials spoke on Monday. At a forum, one questioner claimed that the vote had been delayed. “We need more time,” she said.';
    expect(quoteWith(extract(body), 'We need more time')?.speakerName).toBe('one questioner');
  });
});

// A war-news probe gave "“Putin is playing games,” he said", after "the
// Ukrainian president accused Russia …", to Lavrov, named in between.
describe('a title as the subject before a pronoun ("the Ukrainian president accused …")', () => {
  const named = 'Ukrainian President Oleh Marchenko visited troops on Monday.\n\n';
  const between = 'Russian Foreign Minister Ivan Sorokin told reporters that Moscow was “ready to reach a deal”.\n\n';

  it('is the person the article gave that title, though someone else was named since', () => {
    const body = `${named}${between}In a video message, the Ukrainian president accused Russia of stalling. “They are playing games,” he said.`;
    expect(quoteWith(extract(body), 'playing games')?.speakerName).toBe('Oleh Marchenko');
  });

  it('is the title as written when no one was given it and the man named before holds another', () => {
    const body = `${between}In a video message, the Ukrainian president accused Russia of stalling. “They are playing games,” he said.`;
    expect(quoteWith(extract(body), 'playing games')?.speakerName).toBe('Ukrainian president');
  });

  // A war-news probe gave the French president's words to Zelensky.
  it.each([
    ['the same office of another country', 'Ukrainian President Oleh Marchenko met Pierre Aubert in Paris on Tuesday.\n\nThe French president told reporters that Europe must do more.', 'French president'],
    ['a lesser title of another country', 'Russian Foreign Minister Ivan Sorokin met his counterpart in Ankara on Monday.\n\nThe Turkish minister said the talks were useful.', 'Turkish minister'],
    // War-news probe: "Zelensky's chief of staff, Andriy Yermak, met Witkoff …. The envoy said …. “…,” he told reporters" went to Yermak.
    ['another office, "chief of staff"', 'Ann Lee\'s chief of staff, Oleh Marchenko, met Pierre Aubert in Riyadh.\n\nThe envoy said the talks were useful.', 'envoy'],
    // War-news probe: "Ukraine's foreign minister, Andrii Sybiha, met his Polish counterpart …. The Polish minister said …. “…,” he said" went to Sybiha.
    ['a country that owns his role ("Ukraine\'s" against "Polish")', 'Ukraine\'s foreign minister, Oleh Marchenko, met his counterpart in Warsaw on Thursday.\n\nThe Polish minister said the talks were useful.', 'Polish minister'],
    ['a country written as one word of its demonym ("Saudi")', 'Ukrainian Foreign Minister Oleh Marchenko met his counterpart in Riyadh on Monday.\n\nThe Saudi minister said the talks were useful.', 'Saudi minister'],
  ])('is the title as written when the man named before was given %s', (_case, text, speaker) => {
    expect(quoteWith(extract(`${text} “We will not abandon them,” he said.`), 'not abandon')?.speakerName).toBe(speaker);
  });

  // War-news probe: "The US deputy ambassador, Dorothy Shea, …. She said
  // Washington was “working tirelessly” for peace. / The Russian envoy was
  // unmoved. “…,” he said." went to the Ukrainian envoy named before.
  it('is the title as written past a place the last sentence made a subject', () => {
    const body = 'Salem\'s envoy, Oleh Marchenko, rejected the charge.\n\nThe US deputy ambassador, Ann Lee, urged a ceasefire. She said Washington was working for peace.\n\nThe Russian envoy was unmoved. “We will not be lectured,” he said.';
    expect(quoteWith(extract(body), 'not be lectured')?.speakerName).toBe('Russian envoy');
  });

  it.each([
    ['the same country', 'Ukrainian commander Oleh Marchenko met Pierre Aubert in Paris on Tuesday.\n\nThe Ukrainian general told reporters that Europe must do more.'],
    ['no country', 'President Oleh Marchenko met Pierre Aubert in Paris on Tuesday.\n\nThe French president told reporters that Europe must do more.'],
    ['the same country by name ("Poland\'s" and "Polish")', 'Poland\'s foreign minister, Oleh Marchenko, met Pierre Aubert in Paris on Tuesday.\n\nThe Polish minister told reporters that Europe must do more.'],
    ['a word of no country ("European")', 'Ukrainian President Oleh Marchenko met Pierre Aubert in Paris on Tuesday.\n\nThe European leader told reporters that Europe must do more.'],
  ])('is no one else after a man given %s (guard)', (_case, text) => {
    expect(quoteWith(extract(`${text} “We will not abandon them,” he said.`), 'not abandon')?.speakerName).toBe('Oleh Marchenko');
  });

  it.each([
    ['a title that is no office ("Democratic candidate")', 'Democratic candidate Tom Ruiz spoke in Boston on Monday. The Vermont senator thanked his staff.'],
    ['the same office ("Senator Tom Ruiz" … "the Vermont senator")', 'Senator Tom Ruiz spoke in Boston on Monday. The Vermont senator thanked his staff.'],
    ['an office, when the title is none ("the candidate")', 'Senator Tom Ruiz spoke in Boston on Monday. The candidate thanked his staff.'],
  ])('is no one else after a man with %s (guard)', (_case, text) => {
    expect(quoteWith(extract(`${text} “We fought hard,” he said.`), 'fought hard')?.speakerName).toBe('Tom Ruiz');
  });

  it('is no subject when it is set between commas after a name ("Tom Ruiz, the presumptive nominee, who …") (guard)', () => {
    const body = 'Ban Lee spoke to reporters on Monday about the climate deal.\n\nAsked whether he was concerned that Tom Ruiz, the presumptive Republican presidential nominee, who has called climate change a hoax, could win, Ban demurred.\n\nHe said the deal would hold. “This is something that affects all of us,” he said.';
    expect(quoteWith(extract(body), 'affects all of us')?.speakerName).toBe('Ban Lee');
  });

  it('adds no one when no one was given the title and the woman just named holds no other office (guard)', () => {
    const body = 'Ann Lee deserves kudos for her speech at the convention. The first lady spoke from the bottom of her heart.\n\nHer most striking appeal came when she said, “Make no mistake about it, this is what we are deciding.”';
    expect(quoteWith(extract(body), 'Make no mistake')?.speakerName).toBe('Ann Lee');
  });

  it('is no one else when one of the people just named holds no other office (guard)', () => {
    const body = 'Ann Lee has more delegates than Governor Tom Ruiz has, and the Florida senator left the race on Tuesday.\n\nThe Florida senator thanked her staff. “We fought hard,” she said.';
    expect(quoteWith(extract(body), 'fought hard')?.speakerName).toBe('Ann Lee');
  });

  it('is the quote\'s speaker after a closing quote, not a subject of its own (guard)', () => {
    // A long quote, as in the PolNeAR article this came from: the newcomer rule
    // measures narrative, which the quote is not, only when it knows the quote.
    const long = 'Sometimes in this race I get the feeling that the man running against my wife is running harder against the mayor and me than he is against the people who closed the mill, cut the bus lines and sold the school, and the voters of this city will see that';
    const body = `Former Vice President Tom Biel campaigned in Ohio.\n\nBill Lee got in on the game, bashing his rival at a rally. “${long},” the former president said.\n\n“He will get used to it,” he said.`;
    expect(quoteWith(extract(body), 'get used to it')?.speakerName).toBe('Bill Lee');
  });
});

describe('a title a speaker is given after someone else was named ("the president said")', () => {
  it('is the person last given it when the one named since holds another title', () => {
    const body = 'President Ann Lee met the envoys on Monday. Foreign Minister Tom Ruiz said the talks would go on. “We are not done,” the president said.';
    expect(quoteWith(extract(body), 'not done')?.speakerName).toBe('Ann Lee');
  });
});

// A war-news probe lost "He said the Kursk operation had achieved its
// goals" after "In his evening address, Zelenskiy struck a defiant tone.":
// only pronouns after a name counted towards its gender, so the bare name
// was no one a "he" could mean.
describe('a possessive in the phrase that opens the sentence', () => {
  it('shows the gender of the subject after it ("In his evening address, Zelenskiy …")', () => {
    const body = 'In his evening address, Zelenskiy struck a defiant tone. He said the operation had achieved its goals.';
    expect(quoteWith(extract(body), 'achieved its goals')?.speakerName).toBe('Zelenskiy');
  });

  // War-news probe: "Her Ukrainian counterpart, Heorhii Tykhyi, rejected the
  // accusation. “Russia lies,” he wrote" had no speaker: "Her" had made him a woman.
  it('says nothing of the name a description it owns describes ("Her counterpart, Teo Varga,")', () => {
    const body = 'Ann Lee said the plan had failed.\n\nHer counterpart, Teo Varga, rejected the claim. "It worked," he wrote.';
    expect(quoteWith(extract(body), 'It worked')?.speakerName).toBe('Teo Varga');
  });
});

// PolNeAR: "Rep. Joe Wilson, the South Carolina congressman who gained
// national attention in 2009 when he yelled “You lie!”" gave the words to
// Bernie Sanders, the last main subject.
describe('"he" in a clause inside a "who" clause', () => {
  it('is the person the "who" clause describes', () => {
    const body = 'Tom Ruiz spoke first. The latest is Sam Wu, the congressman who gained attention when he yelled "You lie!" at the president.';
    expect(quoteWith(extract(body), 'You lie')?.speakerName).toBe('Sam Wu');
  });

  it('is no one when that person cannot be a "he"', () => {
    const body = 'Tom Ruiz spoke first. The latest is Ann Wu, the congresswoman who gained attention when he yelled "You lie!" at the president.';
    expect(quoteWith(extract(body), 'You lie')?.speakerName ?? null).toBeNull();
  });

  it('is left to the usual reading when a name stands between ("who met Lee when he said") (guard)', () => {
    const body = 'Tom Ruiz spoke first. The latest is Sam Wu, the congressman who met Ben Lee when he said "You lie!" to the president.';
    expect(quoteWith(extract(body), 'You lie')?.speakerName).not.toBe('Sam Wu');
  });
});

// War-news probe: "Pavel said Europe should take note. “…,” the Czech
// president said" stayed "Czech president": Europe, the reported clause's
// subject, looked like someone new the title might mean.
describe('a continent as the subject of a reported clause', () => {
  it('is no newcomer a title could mean', () => {
    const body = 'Tom Hale met Salem President Ann Lee.\n\nLee said Europe should take note. "This is a new level of escalation," the Salem president said.';
    expect(quoteWith(extract(body), 'new level')?.speakerName).toBe('Ann Lee');
  });
});

// War-news probe: "Tom Hale spoke. A soldier posted a video from the
// village. “We did it,” he said." gave the soldier's words to Tom Hale:
// someone brought in unnamed, of no known gender, was no one a "he" passed.
// War-news probe: "His platoon commander, who asked not to be named, said
// …. “We lost nobody on the way out,” he said." had no speaker.
describe('"he" after a role someone owns ("His platoon commander … said")', () => {
  it('is that role, not its owner', () => {
    const body = 'Serhiy Lesko, 34, spent four months near the river.\n\nHis platoon commander, who asked not to be named, said the unit had withdrawn in good order. "We lost nobody on the way out," he said.';
    expect(quoteWith(extract(body), 'lost nobody')?.speakerName).toBe('platoon commander');
  });

  it('is not a role that is no subject ("killed his platoon commander") (guard)', () => {
    const body = 'Serhiy Lesko, 34, spent four months near the river.\n\nA drone strike killed his platoon commander in March. "We lost nobody on the way out," he said.';
    expect(quoteWith(extract(body), 'lost nobody')?.speakerName).not.toBe('platoon commander');
  });
});

// War-news probe (a correspondent's feature): "I met Natalia in a shelter in
// Kursk city. She fled Sudzha …. “…,” she told me." had no speaker.
describe('someone the writer met or spoke to', () => {
  it.each([
    ['I met Natalia in a shelter in the city.'],
    ['We spoke to Natalia in a shelter in the city.'],
  ])('is the "she" after: "%s"', (sentence) => {
    const body = `${sentence} She fled the town in August with her two daughters.\n\n"We thought it would last a few days," she told me.`;
    expect(quoteWith(extract(body), 'last a few days')?.speakerName).toBe('Natalia');
  });
});

describe('"he" after someone unnamed who did not speak', () => {
  it.each([
    ['"A soldier posted …"', 'Tom Hale spoke first.\n\nA soldier posted a video from the village. "We did it," he said.'],
    ['"A soldier in the unit posted …"', 'Tom Hale spoke first.\n\nA soldier in the unit posted a video from the village. "We did it," he said.'],
    ['"The commander of the unit posted …"', 'Tom Hale spoke first.\n\nThe commander of the Akhmat unit posted a video from the village. "We did it," he said.'],
    // War-news probe: a "who" clause or an aside put off the verb, and the "he" went to Tom Hale.
    ['"A soldier who fought there described …"', 'Tom Hale spoke first.\n\nA soldier who fought in Salem described the retreat as chaotic. "We did it," he said.'],
    ['"A soldier, speaking on condition of anonymity, described …"', 'Tom Hale spoke first.\n\nA soldier, speaking on condition of anonymity, described the retreat as chaotic. "We did it," he said.'],
  ])('goes to no one named before: %s', (_case, body) => {
    expect(quoteWith(extract(body), 'We did it')?.speakerName ?? null).toBeNull();
  });

  it.each([
    ['who spoke', 'Tom Hale spoke first.\n\nA soldier said the village had fallen. "We did it," he said.', 'soldier'],
    ['who spoke, with a "who" clause and an aside', 'Tom Hale spoke first.\n\nA soldier who fought in Salem, speaking on condition of anonymity, said the village had fallen. "We did it," he said.', 'soldier'],
    // PolNeAR: "A president who authorized the raid that killed Osama bin Laden … will instead hand his successor …": the writer's word for the president named.
    ['with a title', 'Tom Hale spoke first.\n\nA president who promised peace will instead hand his successor a war. "We did it," he said.', 'Tom Hale'],
    // PolNeAR: "“…,” Jim Bennett, 57, told a voter passing by who seemed to be confused …. “…,” he explained"
    ['who is an object', 'Ann Lee spoke first.\n\n"We are friends," Tom Hale told a voter passing by who seemed confused. "We are like brothers," he explained.', 'Tom Hale'],
  ])('still goes as before after someone unnamed %s (guard)', (_case, body, speaker) => {
    const quote = quoteWith(extract(body), 'We did it') ?? quoteWith(extract(body), 'like brothers');
    expect(quote?.speakerName).toBe(speaker);
  });
});

// War-news probe: "Residents of Sudzha who stayed through the occupation
// described months without power. “…,” they said." had no speaker: the
// "who" clause hid the verb that made the residents the subject.
describe('"they" after a group whose subject phrase has a "who" clause', () => {
  it('is that group', () => {
    const body = 'Tom Hale spoke first.\n\nResidents of Salem who stayed through the occupation described months without power. "We cooked on fires in the yard," they said.';
    expect(quoteWith(extract(body), 'cooked on fires')?.speakerName).toBe('Residents of Salem');
  });

  it('is not a group inside the clause, after a comma (guard)', () => {
    const body = 'Tom Hale spoke first.\n\nResidents of Salem who stayed, officials said, described months without power. "We cooked on fires in the yard," they said.';
    expect(quoteWith(extract(body), 'cooked on fires')?.speakerName).not.toBe('Residents of Salem');
  });
});

// War-news probe: "The two countries said in a joint statement that …. “…,”
// they said" had no speaker: countries were no one a "they" could mean.
describe('"they" after countries that spoke', () => {
  it('is those countries', () => {
    const body = 'Tom Hale spoke first.\n\nThe two countries said in a joint statement that talks would continue. "We remain committed to peace," they said.';
    expect(quoteWith(extract(body), 'committed to peace')?.speakerName).toBe('two countries');
  });

  // PolNeAR train: "Unless countries develop more ambitious plans, they say,
  // the world could suffer …" gave the words to the countries once they could be "they".
  it('is not countries inside a clause of the words it reports (guard)', () => {
    const body = 'ABSTRACT.\n\nUnless countries develop more ambitious plans, they say, the world could suffer profound consequences.';
    expect(extract(body).filter((q) => q.speakerName === 'countries')).toEqual([]);
  });

  it('is still a woman named inside such a clause ("Though Ms. Lee …, she said") (guard)', () => {
    const body = 'Ann Lee and Tom Hale skate in Dayton.\n\nThough Ms. Lee has spent most of her life in Dayton, the influx of wealthier residents has changed the park, she said.';
    expect(quoteWith(extract(body), 'influx of wealthier')?.speakerName).toBe('Ann Lee');
  });
});

// War-news probe: "“…,” the source said. Another source, a soldier in the
// 80th brigade, said …. “…,” he told AFP" went to the man named first:
// "Another source" was taken for the same "source" as before, who had never
// been brought in as someone new, so no "he" could mean it.
describe('"he" after "another" someone who spoke', () => {
  it('is that newcomer, not a name further back', () => {
    const body = 'Tom Hale spoke first.\n\n"It is not over," the source said.\n\nAnother source, a soldier in the 80th brigade, said his unit had been told to hold. "We are not going anywhere," he told reporters by phone.';
    expect(quoteWith(extract(body), 'not going anywhere')?.speakerName).toBe('source');
  });
});
