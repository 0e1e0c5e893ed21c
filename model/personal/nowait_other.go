//go:build !unix

package personal

// Elsewhere files open without these flags: there are no named pipes to
// wait on in the data directory, and links are rare.
const (
	openNoWait   = 0
	openNoFollow = 0
)
