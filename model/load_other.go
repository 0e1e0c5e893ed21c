//go:build !linux

package model

import "io/fs"

// dirHandle reads a folder's files relative to it, on Linux (load_linux.go);
// elsewhere files are read through the fs.FS.
type dirHandle struct{}

func openDirHandle(fs.FS, string) *dirHandle { return nil }

func (h *dirHandle) close() {}

func (h *dirHandle) read(string) ([]byte, bool) { return nil, false }

func (h *dirHandle) list() ([]dirEntry, bool) { return nil, false }
