package assets

import _ "embed"

// Noto Sans, the typeface Fyne's default theme uses, so the briefing looks
// like the application. SIL Open Font License 1.1: see fonts/LICENSE.txt.
var (
	//go:embed fonts/NotoSans-Regular.ttf
	FontRegular []byte
	//go:embed fonts/NotoSans-Bold.ttf
	FontBold []byte
	//go:embed fonts/NotoSans-Italic.ttf
	FontItalic []byte
	//go:embed fonts/NotoSans-BoldItalic.ttf
	FontBoldItalic []byte
	//go:embed fonts/LICENSE.txt
	FontLicense string
)
