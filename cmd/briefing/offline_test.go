package main

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestNoNetworkClient fails when the binary's dependency graph gains a
// network client. The briefing works offline by construction: nothing in it
// may be able to dial out. The only package allowed to import "net" is pflag,
// which parses IP-address flags and never opens a connection.
func TestNoNetworkClient(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", ".").Output()
	if err != nil {
		t.Skipf("go list is not available: %v", err)
	}
	forbidden := []string{"net/http", "crypto/tls", "net/smtp", "net/rpc", "net/mail", "golang.org/x/net/http2", "golang.org/x/net/websocket"}
	allowedNetImporters := []string{"github.com/spf13/pflag", "net/netip", "net/url"}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		pkg, imports := fields[0], fields[1:]
		for _, f := range forbidden {
			if pkg == f || strings.HasPrefix(pkg, f+"/") {
				t.Errorf("the binary depends on network client %s", pkg)
			}
		}
		if slices.Contains(imports, "net") && !slices.Contains(allowedNetImporters, pkg) {
			t.Errorf("%s imports package net: check it cannot dial out, then allow it here", pkg)
		}
	}
}
