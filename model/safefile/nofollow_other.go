//go:build !unix

package safefile

// Elsewhere the lock file opens without this flag: links are rare there.
const openNoFollow = 0
