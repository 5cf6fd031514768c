package casefile

import (
	"bytes"
	"fmt"
	"sort"
	"unicode/utf8"
)

// lines finds the line and column of byte offsets in a text. Columns count
// characters, not bytes, as editors do: a line of Albanian or Persian
// text would otherwise put the column past where the user looks.
type lines struct {
	data   []byte
	starts []int // the offset each line starts at
}

// newLines indexes data's lines once, for a file with many problems to place.
func newLines(data []byte) *lines {
	l := &lines{data: data, starts: []int{0}}
	for i := 0; ; {
		n := bytes.IndexByte(data[i:], '\n')
		if n < 0 {
			return l
		}
		i += n + 1
		l.starts = append(l.starts, i)
	}
}

// at is the line and column, both from 1, of a byte offset.
func (l *lines) at(offset int) (line, column int) {
	offset = min(max(offset, 0), len(l.data))
	line = sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > offset })
	return line, 1 + utf8.RuneCount(l.data[l.starts[line-1]:offset])
}

// position turns a byte offset into "line L, column C".
func position(data []byte, offset int) string {
	offset = min(max(offset, 0), len(data))
	start := bytes.LastIndexByte(data[:offset], '\n') + 1
	line := 1 + bytes.Count(data[:start], []byte("\n"))
	return fmt.Sprintf("line %d, column %d", line, 1+utf8.RuneCount(data[start:offset]))
}
