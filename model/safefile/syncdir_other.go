//go:build !unix

package safefile

// syncDir does nothing where directories cannot be synced: Windows makes
// a rename durable itself.
func syncDir(string) error { return nil }
