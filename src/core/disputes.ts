/**
 * Sentences that report a claim being denied: "The General Staff refuted
 * Russian military leadership's claims about …", "Lee denied that she knew".
 * Where one source reports a denial, the claims on the topic are contested,
 * and the reader should see it in the source's own words.
 *
 * Found by the words alone, not by meaning: a denying verb ("deny",
 * "refute", "dispute", "reject", "dismiss") whose object is a claim ("claims",
 * "reports", "allegations" …) or, after the first three, a "that" clause; or
 * a claim said to be false ("said that claims about … were false",
 * "labeling Russia's claims as mere propaganda"). "Rejected the bill" is no
 * denial; nor is "did not deny that" or "the reports were not false".
 *
 * @example
 * reportsDenial('The General Staff rejected claims that units face encirclement.'); // true
 * reportsDenial('The Senate rejected the bill.'); // false
 */

const CLAIM_NOUNS = 'claims?|reports?|allegations?|assertions?|statements?|accusations?|suggestions?|accounts?';
// Up to four words, within the clause and before any preposition, between the
// verb and the claim noun: "refuted Russian military leadership's claims", not
// "rejected the idea, saying the claims" or "reject any proposal … on account of".
const BETWEEN = String.raw`(?:(?!(?:to|on|of|in|for|about|with|by|from|as|at|over)\s)[^\s.,;:!?]+\s+){0,4}?`;
// "dispute" and "disputes" are as often nouns ("a dispute that …"), so only
// "disputed" and "disputing" count before "that".
const DENIAL = new RegExp(
  String.raw`\b(?:` +
    String.raw`(?:deny|denies|denied|denying|refute[sd]?|refuting|disputed|disputing)\s+that\b` +
    String.raw`|(?:deny|denies|denied|denying|refute[sd]?|refuting|dispute[sd]?|disputing|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)\s+${BETWEEN}(?:${CLAIM_NOUNS})\b` +
    `)`,
  'gi',
);
// "claims about thousands of soldiers being surrounded … were false": up to
// twelve words of the claim's own, then a verdict a word or three on.
const FALSE_WORDS = 'false|untrue|baseless|unfounded|groundless|fabricated|fake|propaganda|misleading|lies|a lie|incorrect|nonsense|disinformation';
const CLAIMED_FALSE = new RegExp(
  String.raw`\b(?:${CLAIM_NOUNS})\s+(?:[^\s.;:!?]+\s+){0,12}?(?:is|are|was|were|as)\s+(?:(?!not\s|never\s)[^\s.,;:!?]+\s+){0,3}?(?:${FALSE_WORDS})\b`,
  'i',
);

// "did not deny", "has never disputed", "didn't reject": the sentence reports no denial.
const NEGATED = /(?:\bnot|\bnever|n[’']t)\s+(?:\S+\s+)?$/i;

/** True when `sentence` reports that someone denied or disputed a claim. */
export function reportsDenial(sentence: string): boolean {
  if (CLAIMED_FALSE.test(sentence)) return true;
  for (const match of sentence.matchAll(DENIAL)) {
    if (!NEGATED.test(sentence.slice(0, match.index))) return true;
  }
  return false;
}
