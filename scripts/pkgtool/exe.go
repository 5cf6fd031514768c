package main

import (
	"debug/pe"
	"encoding/binary"
	"errors"
	"fmt"
	"unicode/utf16"

	"github.com/casefile/casefile/internal/appinfo"
)

// Resource types (winuser.h).
const (
	rtIcon      = 3
	rtGroupIcon = 14
	rtVersion   = 16
	rtManifest  = 24
)

// checkExe checks a Windows build: a 64-bit (PE32+) x86-64 program for
// the GUI subsystem (no console window), with an icon and a version
// resource that says FyneApp.toml's version: the strings exactly, the
// fixed numbers as it and 0.
func checkExe(info appinfo.Info, path string) error {
	f, err := pe.Open(path)
	if err != nil {
		return fmt.Errorf("%s is not a PE executable: %w", path, err)
	}
	defer f.Close()
	oh, ok := f.OptionalHeader.(*pe.OptionalHeader64)
	if !ok {
		return fmt.Errorf("%s is PE32, not PE32+ (64-bit)", path)
	}
	if f.Machine != pe.IMAGE_FILE_MACHINE_AMD64 {
		return fmt.Errorf("%s is for machine %#x, not x86-64", path, f.Machine)
	}
	if oh.Subsystem != pe.IMAGE_SUBSYSTEM_WINDOWS_GUI {
		return fmt.Errorf("%s is for subsystem %d, not the Windows GUI (%d): it would open a console window", path, oh.Subsystem, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI)
	}
	res, err := readResources(f, oh)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if len(res[rtGroupIcon]) == 0 || len(res[rtIcon]) == 0 {
		return fmt.Errorf("%s has no icon resource", path)
	}
	if len(res[rtVersion]) != 1 {
		return fmt.Errorf("%s has %d version resources; want 1", path, len(res[rtVersion]))
	}
	vi, err := parseVersionInfo(res[rtVersion][0])
	if err != nil {
		return fmt.Errorf("%s: its version resource: %w", path, err)
	}
	want := info.WindowsVersion()
	switch {
	case vi.file != want || vi.product != want:
		return fmt.Errorf("%s: file version %s and product version %s; FyneApp.toml's version is %s", path, dotted(vi.file), dotted(vi.product), dotted(want))
	case vi.strings["ProductVersion"] != info.Details.Version || vi.strings["FileVersion"] != info.Details.Version:
		return fmt.Errorf("%s: ProductVersion is %q and FileVersion %q; want %q, FyneApp.toml's version", path, vi.strings["ProductVersion"], vi.strings["FileVersion"], info.Details.Version)
	case vi.strings["ProductName"] != info.Details.Name:
		return fmt.Errorf("%s: ProductName is %q; want %q", path, vi.strings["ProductName"], info.Details.Name)
	}
	fmt.Printf("%s: PE32+ x86-64, Windows GUI subsystem, %d icons, manifest %v, version %s, ProductName %q, ProductVersion %q, FileVersion %q\n",
		path, len(res[rtIcon]), len(res[rtManifest]) > 0, dotted(vi.file), vi.strings["ProductName"], vi.strings["ProductVersion"], vi.strings["FileVersion"])
	return nil
}

// dotted writes a fixed version as Windows shows it, "0.1.0.0".
func dotted(v [4]uint16) string {
	return fmt.Sprintf("%d.%d.%d.%d", v[0], v[1], v[2], v[3])
}

// readResources returns the data of every resource, by type: the
// resource directory's three levels, type, name and language.
func readResources(f *pe.File, oh *pe.OptionalHeader64) (map[uint32][][]byte, error) {
	if len(oh.DataDirectory) <= pe.IMAGE_DIRECTORY_ENTRY_RESOURCE {
		return nil, errors.New("no resource directory")
	}
	dir := oh.DataDirectory[pe.IMAGE_DIRECTORY_ENTRY_RESOURCE]
	if dir.VirtualAddress == 0 {
		return nil, errors.New("no resources")
	}
	var sec *pe.Section
	for _, s := range f.Sections {
		if dir.VirtualAddress >= s.VirtualAddress && dir.VirtualAddress < s.VirtualAddress+s.VirtualSize {
			sec = s
		}
	}
	if sec == nil {
		return nil, errors.New("the resource directory is in no section")
	}
	data, err := sec.Data()
	if err != nil {
		return nil, err
	}
	base := dir.VirtualAddress - sec.VirtualAddress // the directory's offset in data
	u32 := func(off uint32) (uint32, error) {
		if uint64(off)+4 > uint64(len(data)) {
			return 0, fmt.Errorf("the resource directory points outside its section (%#x)", off)
		}
		return binary.LittleEndian.Uint32(data[off:]), nil
	}
	u16 := func(off uint32) (uint16, error) {
		if uint64(off)+2 > uint64(len(data)) {
			return 0, fmt.Errorf("the resource directory points outside its section (%#x)", off)
		}
		return binary.LittleEndian.Uint16(data[off:]), nil
	}
	// entries lists a directory's entries: id (or name offset) and where
	// each points, relative to the resource directory.
	type entry struct{ id, to uint32 }
	entries := func(off uint32) ([]entry, error) {
		named, err1 := u16(base + off + 12)
		ids, err2 := u16(base + off + 14)
		if err := errors.Join(err1, err2); err != nil {
			return nil, err
		}
		var es []entry
		for i := uint32(0); i < uint32(named)+uint32(ids); i++ {
			id, err1 := u32(base + off + 16 + 8*i)
			to, err2 := u32(base + off + 16 + 8*i + 4)
			if err := errors.Join(err1, err2); err != nil {
				return nil, err
			}
			es = append(es, entry{id, to})
		}
		return es, nil
	}
	const subdir = 0x80000000
	res := map[uint32][][]byte{}
	types, err := entries(0)
	if err != nil {
		return nil, err
	}
	for _, t := range types {
		if t.to&subdir == 0 {
			return nil, errors.New("a resource type is not a directory")
		}
		names, err := entries(t.to &^ subdir)
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			if n.to&subdir == 0 {
				return nil, errors.New("a resource name is not a directory")
			}
			langs, err := entries(n.to &^ subdir)
			if err != nil {
				return nil, err
			}
			for _, l := range langs {
				rva, err1 := u32(base + l.to)
				size, err2 := u32(base + l.to + 4)
				if err := errors.Join(err1, err2); err != nil {
					return nil, err
				}
				start := rva - sec.VirtualAddress
				if rva < sec.VirtualAddress || uint64(start)+uint64(size) > uint64(len(data)) {
					return nil, fmt.Errorf("resource data at %#x (%d bytes) is outside its section", rva, size)
				}
				res[t.id] = append(res[t.id], data[start:start+size])
			}
		}
	}
	return res, nil
}

type versionInfo struct {
	file, product [4]uint16
	strings       map[string]string
}

// parseVersionInfo reads a VS_VERSIONINFO: its VS_FIXEDFILEINFO and the
// strings of its StringFileInfo tables.
func parseVersionInfo(b []byte) (versionInfo, error) {
	root, err := parseBlock(b)
	if err != nil {
		return versionInfo{}, err
	}
	if root.key != "VS_VERSION_INFO" || len(root.value) < 52 {
		return versionInfo{}, fmt.Errorf("the resource is %q with a %d-byte value, not a VS_VERSION_INFO", root.key, len(root.value))
	}
	v := root.value
	le := binary.LittleEndian
	if le.Uint32(v) != 0xFEEF04BD {
		return versionInfo{}, errors.New("VS_FIXEDFILEINFO has a wrong signature")
	}
	split := func(ms, ls uint32) [4]uint16 {
		return [4]uint16{uint16(ms >> 16), uint16(ms), uint16(ls >> 16), uint16(ls)}
	}
	vi := versionInfo{
		file:    split(le.Uint32(v[8:]), le.Uint32(v[12:])),
		product: split(le.Uint32(v[16:]), le.Uint32(v[20:])),
		strings: map[string]string{},
	}
	for _, sfi := range root.children {
		if sfi.key != "StringFileInfo" {
			continue
		}
		for _, table := range sfi.children {
			for _, s := range table.children {
				vi.strings[s.key] = utf16String(s.value)
			}
		}
	}
	return vi, nil
}

// block is one node of a version resource: wLength, wValueLength, wType,
// a NUL-terminated UTF-16 key, its value and its children, each aligned
// on 32 bits.
type block struct {
	key      string
	value    []byte
	children []block
}

func parseBlock(b []byte) (block, error) {
	if len(b) < 6 {
		return block{}, errors.New("a truncated version block")
	}
	le := binary.LittleEndian
	length, valueLength, typ := int(le.Uint16(b)), int(le.Uint16(b[2:])), le.Uint16(b[4:])
	if length < 6 || length > len(b) {
		return block{}, fmt.Errorf("a version block of %d bytes in %d", length, len(b))
	}
	b = b[:length]
	off := 6
	var key []uint16
	for ; off+2 <= len(b); off += 2 {
		c := le.Uint16(b[off:])
		if c == 0 {
			off += 2
			break
		}
		key = append(key, c)
	}
	off = align4(off)
	if typ == 1 {
		valueLength *= 2 // text: the length is in 16-bit words
	}
	if off+valueLength > len(b) {
		valueLength = max(0, len(b)-off)
	}
	blk := block{key: string(utf16.Decode(key)), value: b[min(off, len(b)) : min(off, len(b))+valueLength]}
	off = align4(off + valueLength)
	for off < len(b) {
		child, err := parseBlock(b[off:])
		if err != nil {
			return block{}, err
		}
		blk.children = append(blk.children, child)
		off = align4(off + int(le.Uint16(b[off:])))
	}
	return blk, nil
}

func align4(n int) int { return (n + 3) &^ 3 }

func utf16String(b []byte) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		c := binary.LittleEndian.Uint16(b[i:])
		if c == 0 {
			break
		}
		u = append(u, c)
	}
	return string(utf16.Decode(u))
}
