// Package quotes finds the quotations in a news text and says who said
// them: the engine behind "Find quotes" and `casefile quotes`.
//
// Find takes a source's plain text, paragraphs separated by blank lines
// or single newlines, and the actors the case knows, and returns every
// quotation in text order, each with its exact text and rune spans, its
// speaker, role, attribution verb, channel and date words, and its kind:
// a Direct quotation, a Partial one inside the reporter's sentence, or a
// Scare quote (words in quotation marks that nobody is said to have said,
// names and titles), which a caller lists apart from statements.
//
// # What it recognises
//
// Quotation marks: curly “ ” and straight " double quotes, British
// single quotes ‘ ’ (and straight ') with doubles nested inside or the
// other way round, « » and ‹ › guillemets, German „ “. Apostrophes are not
// marks: don’t, Albania’s, the ’90s, rock ’n’ roll, and a plural
// possessive (the ministers’ aim) when a later mark closes the quotation.
// A quotation split by its attribution ("“A,” he said, “B.”") is one
// quotation of two parts; one left open at the end of a paragraph and
// opened again at the start of the next runs on, as wire copy prints long
// quotations. A transcript's turns, printed after the speaker's label
// with no marks ("Sun Wei: The talks were candid …", "MS WHITFIELD: …"),
// are direct quotations by the speaker the label names; the questioner's
// generic "QUESTION:" or "Q:" turns are no one's (see transcript.go).
//
// Attributions: before ("Rama said: “…”", "saying, “…”"), after ("“…,”
// Rama said", "“…,” said Rama, the prime minister"), around (“…?” she
// asked), "according to" a person or document, participles ("…,
// saying “…”"), "told reporters", "was quoted as saying", descriptions
// ("called the attack “barbaric”", "what it called “…”"), a colon after a
// clause with no verb ("The minister was blunt: “…”"), the line that
// introduces a list, a headline's "“…”: Leaders defy …", the speaker of
// the quotation just before for a quotation that follows it alone, and
// the next sentence when it points back ("Those were the words of …").
//
// Speakers: capitalised names with their titles and roles split off
// ("Albanian Prime Minister Edi Rama" is Edi Rama, role "Albanian Prime
// Minister"; "National Security Council spokesperson Adrienne Watson",
// "Secretary of State X", "Dr Helen Marsh"), appositives ("Rama, the prime
// minister," and "the bloc's foreign policy chief, Henrik Vestergaard,"),
// bodies ("the Iranian Foreign Ministry", "the U.S. Embassy in Tirana",
// "Cybersecurity and Infrastructure Security Agency"), names given in
// quotation marks ("a group calling itself “Solntsepek”"), unnamed speakers
// as the text gives them ("a senior official", "one of the people", "a
// senior engineer at one of the eastern fields"), and
// "a spokesperson for X" or "an X spokesperson" as X. Later mentions
// resolve to the fullest name seen before: surnames ("Watson", or "Lin"
// for "Lin Wenjie"), acronyms ("AJC", "(NCSC)"), roles ("the ministry",
// "the spokesperson", "the official": the latest entity with that word in
// its name or role), documents ("the statement said": whoever issued it),
// pronouns ("she said": the subject of this or the last sentence, else
// the last person named, passing over anyone whose gender the text has
// shown to differ, by an honorific (Mr, Mrs, Ms, Dame), a gendered role
// noun (spokeswoman, chairman) or "X said he …"; a body's spokesperson
// counts as a person; "it said": likewise a body), generic nouns for a
// body ("the company said": the body the sentence is about), a bare "a
// spokesperson said" (the body of the sentence before). A role named
// before the name ("Albania’s prime minister said …" and only later
// "Prime Minister Arben Lleshi") is resolved once the whole text is
// read; a role in the lede that no later name shares words with ("top
// election official", then "Secretary of State Brad Renner") is the
// first person the next paragraph names, or the one after it with a
// title ("A High Court judge", then "Mrs Justice Okafor": an unnamed
// role, not an anonymous source's, only one named with a title). In an
// interview, a question standing alone after an answer is the
// interviewer's, and "she said" after a question the answerer's; after
// "“…?” A asked. “…,” replied B.", a "she said" that B is not known to
// fit goes back to A.
// Known actors match by name or alias, case aside, by a title-prefixed
// form, and by surname when only one has it.
//
// # Limits
//
// The engine reads English news prose with rules, not a model: it does
// not parse sentences, so unusual syntax can defeat it. It knows gender
// only as far as the text shows it (no first names), so two people of
// whom one is "he" and the other "she" can still be confused in a
// dialogue that is not a question and its reply; a role named after the
// lede and matched by different words later stays the role unless the
// next person its paragraph names has no role of their own. Whether a
// short quoted term is a partial quotation or a scare quote is a
// judgement it makes from the words around it: "so-called", "known as",
// "titled", "meaning", capitalised names and titles, and a label between
// an adjective and its noun ("a contested “foreign agents” bill"), are
// scare quotes; a fragment in a sentence with an attribution is a
// partial quotation even when it is a term of art ("double extortion").
// Straight quotation marks are paired within a paragraph, so a stray
// inch sign can pair with a quotation mark. Text in other languages is
// found but attributed only by its marks and capitals. See
// testdata/corpus for the patterns it is measured on.
//
// Find is linear in the text; on a megabyte it runs within about three
// times a single regular expression that only finds the quotation marks
// (bench-ratio.sh measures it).
package quotes
