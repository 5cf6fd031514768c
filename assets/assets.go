// Package assets embeds the files Casefile ships with: the default case
// shown on first start, the news article it is drawn from, and the
// application icon.
//
// The default case, "Albania cuts diplomatic ties with Iran over July 2022
// cyberattack", is a complete worked example: every actor, verbatim quote
// and dated background fact of the article, each citing the paragraph it
// comes from, with inferred dates marked as such.
package assets

import _ "embed"

// DefaultCase is the default case file, in the current format
// (casefile.Decode reads it).
//
//go:embed default.casefile
var DefaultCase []byte

// DefaultCaseArticle is the UTF-8 text of the news article the default case
// cites as its only source. Its paragraphs are its non-empty lines; the
// case's locators ("para. 4") count them.
//
//go:embed sources/albania-iran-2022-article.txt
var DefaultCaseArticle []byte

// Icon is the application icon, a 512×512 PNG.
//
//go:embed icon.png
var Icon []byte
