package main

import (
	"bytes"
	"fmt"
	"os"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// pty is a pseudo-terminal: what a program writes to its slave side is
// read, byte for byte, from the master side. Tests use it to see exactly
// what reaches a terminal, and the terminal's modes afterwards, without
// tmux.
type pty struct {
	master, slave *os.File

	mu  sync.Mutex
	out bytes.Buffer
	eof chan struct{}
}

// openPTY opens a pseudo-terminal of 120x40 and starts reading it.
func openPTY(t *testing.T) *pty {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	unlock := int32(0)
	if err := ioctl(master, syscall.TIOCSPTLCK, unsafe.Pointer(&unlock)); err != nil {
		t.Fatal(err)
	}
	var n uint32
	if err := ioctl(master, syscall.TIOCGPTN, unsafe.Pointer(&n)); err != nil {
		t.Fatal(err)
	}
	slave, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	size := struct{ rows, cols, x, y uint16 }{40, 120, 0, 0}
	if err := ioctl(slave, syscall.TIOCSWINSZ, unsafe.Pointer(&size)); err != nil {
		t.Fatal(err)
	}
	p := &pty{master: master, slave: slave, eof: make(chan struct{})}
	go func() {
		defer close(p.eof)
		buf := make([]byte, 32<<10)
		for {
			n, err := master.Read(buf)
			p.mu.Lock()
			p.out.Write(buf[:n])
			p.mu.Unlock()
			if err != nil { // EIO once no process holds the slave side
				return
			}
		}
	}()
	t.Cleanup(func() {
		p.slave.Close()
		p.master.Close()
	})
	return p
}

func ioctl(f *os.File, req uintptr, arg unsafe.Pointer) error {
	if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), req, uintptr(arg)); errno != 0 {
		return errno
	}
	return nil
}

// output is everything written to the terminal so far.
func (p *pty) output() []byte {
	p.mu.Lock()
	defer p.mu.Unlock()
	return bytes.Clone(p.out.Bytes())
}

// drain closes the test's hold on the slave side and waits until all that
// was written has been read.
func (p *pty) drain(t *testing.T) []byte {
	t.Helper()
	p.slave.Close()
	select {
	case <-p.eof:
	case <-time.After(30 * time.Second):
		t.Fatal("the terminal was never closed")
	}
	return p.output()
}

// termios is the terminal's line settings now.
func (p *pty) termios(t *testing.T) syscall.Termios {
	t.Helper()
	var tio syscall.Termios
	if err := ioctl(p.slave, syscall.TCGETS, unsafe.Pointer(&tio)); err != nil {
		t.Fatal(err)
	}
	return tio
}

// waitUntil polls a condition on the program's state until it holds, for
// up to 30 seconds: a busy machine is slow, never wrong.
func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting until %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// processState is the state letter of a process in /proc (R, S, T ...),
// or 0.
func processState(pid int) byte {
	data, _ := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	i := bytes.LastIndexByte(data, ')')
	if i < 0 || i+2 >= len(data) {
		return 0
	}
	return data[i+2]
}
