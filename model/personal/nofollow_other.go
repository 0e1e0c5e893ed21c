//go:build !unix

package personal

// Elsewhere the lock file opens without this flag: links are rare there.
const openNoFollow = 0
