//go:build linux

package model

import (
	"io/fs"
	"os"
	"slices"
	"strings"
	"syscall"
	"unsafe"
)

// dirHandle is a content folder held open while its files are read, so
// that each file is opened relative to it: openat, fstat, read and close,
// four system calls, where opening it through the fs.FS by its path (an
// os.Root resolves each part of it, and os.File sets up every file for
// the poller) takes about thirteen. It is used only when the fs.FS hands
// out the folder as an *os.File (os.DirFS, os.Root's FS), and only for
// what the listing says is a regular file; it never follows a link.
type dirHandle struct {
	f  *os.File
	fd int
}

func openDirHandle(fsys fs.FS, dir string) *dirHandle {
	f, err := fsys.Open(dir)
	if err != nil {
		return nil
	}
	of, ok := f.(*os.File)
	if !ok {
		f.Close()
		return nil
	}
	return &dirHandle{f: of, fd: int(of.Fd())}
}

func (h *dirHandle) close() {
	if h != nil {
		h.f.Close()
	}
}

// read reads the regular file name of the folder. ok is false when
// anything is unusual (it is not a plain name, not a regular file, too
// large, a system call fails): the caller then reads it the usual way,
// which says what is wrong in the usual words.
func (h *dirHandle) read(name string) (data []byte, ok bool) {
	if h == nil || name == "" || name == "." || name == ".." || strings.ContainsRune(name, '/') {
		return nil, false
	}
	var fd int
	var err error
	for {
		// O_NONBLOCK: should the file have become a pipe since the
		// listing, opening it does not wait for a writer.
		fd, err = syscall.Openat(h.fd, name, syscall.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, false
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG || st.Size <= 0 || st.Size > MaxFileSize {
		return nil, false
	}
	// The size fstat gave: a file is read as it was then, with one read
	// system call (a file that shrank meanwhile ends sooner).
	data = make([]byte, st.Size)
	n := 0
	for n < len(data) {
		k, err := syscall.Read(fd, data[n:])
		if err == syscall.EINTR || err == syscall.EAGAIN {
			continue
		}
		if err != nil || k < 0 {
			return nil, false
		}
		if k == 0 {
			break
		}
		n += k
	}
	return data[:n:n], true
}

// list lists the folder as fs.ReadDir does (sorted by name, without "."
// and ".."), from the types the file system gives with the names: an
// os.Root's ReadDir looks at each entry again (one system call each). ok
// is false when that is not possible (a type is unknown, a call fails):
// the caller then uses fs.ReadDir.
func (h *dirHandle) list() (entries []dirEntry, ok bool) {
	if h == nil {
		return nil, false
	}
	buf := make([]byte, 64<<10)
	for {
		n, err := syscall.Getdents(h.fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil || n < 0 {
			return nil, false
		}
		if n == 0 {
			break
		}
		for off := 0; off < n; {
			// struct linux_dirent64: ino, off, reclen, type, name.
			const nameAt = 19
			if off+nameAt > n {
				return nil, false
			}
			reclen := int(*(*uint16)(unsafe.Pointer(&buf[off+16])))
			if reclen < nameAt || off+reclen > n {
				return nil, false
			}
			rec := buf[off : off+reclen]
			off += reclen
			name := rec[nameAt:]
			if i := slices.Index(name, 0); i >= 0 {
				name = name[:i]
			}
			if string(name) == "." || string(name) == ".." {
				continue
			}
			var typ fs.FileMode
			switch rec[18] {
			case syscall.DT_REG:
			case syscall.DT_DIR:
				typ = fs.ModeDir
			case syscall.DT_LNK:
				typ = fs.ModeSymlink
			case syscall.DT_FIFO:
				typ = fs.ModeNamedPipe
			case syscall.DT_SOCK:
				typ = fs.ModeSocket
			case syscall.DT_CHR:
				typ = fs.ModeDevice | fs.ModeCharDevice
			case syscall.DT_BLK:
				typ = fs.ModeDevice
			default:
				return nil, false
			}
			entries = append(entries, dirEntry{name: string(name), typ: typ})
		}
	}
	slices.SortFunc(entries, func(a, b dirEntry) int { return strings.Compare(a.name, b.name) })
	return entries, true
}
