package stix

import (
	"crypto/sha1"
	"encoding/hex"
	"strings"

	"github.com/casefile/casefile/casefile"
)

// stixNamespace is the namespace STIX 2.1 gives for deterministic
// identifiers (section 2.9).
var stixNamespace = [16]byte{0x00, 0xab, 0xed, 0xb4, 0xaa, 0x42, 0x46, 0x6c, 0x9c, 0x01, 0xfe, 0xd2, 0x33, 0x15, 0xa9, 0xb7}

// namespace is Casefile's own: the UUIDv5 of "casefile" in STIX's.
var namespace = uuidBytes(stixNamespace, "casefile")

// uuidBytes is the UUIDv5 (RFC 9562) of the name made of parts, joined
// by NUL bytes, in the namespace ns.
func uuidBytes(ns [16]byte, parts ...string) [16]byte {
	var buf [256]byte
	name := append(buf[:0], ns[:]...)
	for i, p := range parts {
		if i > 0 {
			name = append(name, 0)
		}
		name = append(name, p...)
	}
	sum := sha1.Sum(name)
	var u [16]byte
	copy(u[:], sum[:16])
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // RFC 9562 variant
	return u
}

// appendUUID appends u as text.
func appendUUID(b []byte, u [16]byte) []byte {
	var t [36]byte
	hex.Encode(t[0:8], u[0:4])
	t[8] = '-'
	hex.Encode(t[9:13], u[4:6])
	t[13] = '-'
	hex.Encode(t[14:18], u[6:8])
	t[18] = '-'
	hex.Encode(t[19:23], u[8:10])
	t[23] = '-'
	hex.Encode(t[24:], u[10:])
	return append(b, t[:]...)
}

// uuid5 is the UUIDv5 of the name made of parts in Casefile's namespace,
// as text.
func uuid5(parts ...string) string { return string(appendUUID(nil, uuidBytes(namespace, parts...))) }

// objectID is the STIX id of the object of type typ that stands for the
// item id of case caseID in the role given ("actor", "state-location"):
// the item's own id when it is already a STIX id of that type (it came
// from a bundle, whose other objects may refer to it), else the UUIDv5 of
// the case's id, the role and the item's id. The same case always gives
// the same ids.
func objectID(typ, caseID, role, id string) string {
	if len(id) == len(typ)+2+36 && strings.HasPrefix(id, typ) && casefile.STIXType(id) == typ {
		return id
	}
	var buf [128]byte // on the stack for any type's name but a long one: one allocation, the string
	b := append(append(buf[:0], typ...), "--"...)
	return string(appendUUID(b, uuidBytes(namespace, caseID, role, id)))
}

// extensionID is the id of Casefile's extension-definition.
var extensionID = "extension-definition--" + uuid5("extension-definition", "casefile", "1")
