package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"github.com/charmbracelet/fang"
	"github.com/spf13/cobra"

	"github.com/eu-rok/briefing/model"
	"github.com/eu-rok/briefing/model/search"
	"github.com/eu-rok/briefing/model/updates"
)

// stdio is where a run reads and writes, so tests can capture it.
type stdio struct {
	in       io.Reader
	out, err io.Writer
}

// app is what every verb shares: the options of the root command and the
// briefing they load.
type app struct {
	io         stdio
	contentDir string
	data       string
	today      string
	theme      string
	accessible choice
}

// run builds the command tree, runs it and returns the exit code.
func run(ctx context.Context, args []string, std stdio) int {
	a := &app{io: std}
	root := a.rootCommand()
	out := std.out
	if _, tty := terminalWidth(std.out); !tty {
		// A terminal shows no trailing space; a file keeps them.
		hw := &helpWriter{w: std.out}
		trimHelp(root, hw)
		out = hw
	}
	root.SetArgs(args)
	root.SetIn(std.in)
	root.SetOut(out)
	root.SetErr(std.err)
	err := fang.Execute(ctx, root,
		fang.WithVersion(buildInfo().Version),
		fang.WithCommit(buildInfo().Commit),
		fang.WithErrorHandler(printError),
	)
	return exitCode(err)
}

// printError is how every error reaches the user. Its text can hold what
// came from outside (file names of a content pack, paths, ids typed, what
// the system said about them), so it is sanitised: no control character
// acts on the terminal, and no newline in a name starts a line that looks
// like a message of its own. The message is printed as written (fang
// would capitalise its first word: "Ai-2 has no note").
func printError(w io.Writer, styles fang.Styles, err error) {
	var s silent
	if errors.As(err, &s) || err.Error() == "" {
		return
	}
	var problems model.Problems
	if errors.As(err, &problems) {
		// One problem a line, as compilers do, so editors can jump to them;
		// Problem.String keeps each on its line.
		fmt.Fprintln(w, model.Sanitize(err.Error()))
		return
	}
	styles.ErrorText = styles.ErrorText.UnsetTransform()
	var query *search.QueryError
	if errors.As(err, &query) {
		// The query and a caret under the fault go under the sentence, as
		// written: fang would reflow them.
		fang.DefaultErrorHandler(w, styles, errors.New(model.SanitizeLine(query.Msg)))
		fmt.Fprintln(w, indent(caretLine(query)))
		return
	}
	fang.DefaultErrorHandler(w, styles, errors.New(model.SanitizeLine(err.Error())))
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "briefing",
		Short: "A terminal briefing on the EU–Republic of Korea Digital Partnership",
		Long: "briefing embeds a sourced briefing on the EU–Republic of Korea Digital Partnership " +
			"(launched 28 November 2022): its 11 priority areas, 25 joint actions, the Digital Partnership " +
			"Councils and their outcomes, the timeline, the glossary and the sources. Run it with no verb " +
			"to browse; use the verbs to print, search and check from the shell.",
		Args: cobra.NoArgs,
		RunE: a.runBrowse,
		// Every verb checks the options they share before it starts.
		PersistentPreRunE: func(*cobra.Command, []string) error { return a.checkTheme() },
	}
	flags := root.PersistentFlags()
	flags.StringVar(&a.contentDir, "content", "", "read the content from this `DIR` instead of the built-in briefing")
	flags.StringVar(&a.today, "today", "", "take this `DATE` (2026-03-01) as today, for statuses and the timeline")
	flags.StringVar(&a.data, "data", "", "keep your notes, installed briefings and trusted keys in this `DIR` (default: $XDG_DATA_HOME/briefing or the OS data directory)")
	root.SetVersionTemplate(versionTemplate())
	root.SetFlagErrorFunc(flagErr)
	show, open := a.showCommand(), a.openCommand()
	a.displayFlags(root, open, show)
	root.AddCommand(a.listCommand(), show, open, a.statusCommand(), a.searchCommand(), a.validateCommand(), a.versionCommand(),
		a.noteCommand(), a.notesCommand(), a.flagCommand(), a.unflagCommand(), a.agendaCommand(), a.exportCommand(),
		a.updateCommand(), a.whatsnewCommand(), a.trustCommand(), a.diffCommand(), a.packCommand())
	usageArgs(root)
	tidyHelp(root)
	return root
}

// load reads the briefing from --content, or else the content in use: the
// newest verified installed pack, or the built-in content.
func (a *app) load() (*model.Briefing, error) {
	l, err := a.loadFrom(a.contentDir)
	return l.b, err
}

// loaded is a briefing as a verb reads it.
type loaded struct {
	b    *model.Briefing
	info contentInfo      // which content it is
	news *updates.Tracker // what's new in it since the user last read it; nil for a directory
}

// loadFrom reads the briefing from a content directory, or for "" the
// content in use.
func (a *app) loadFrom(dir string) (loaded, error) {
	if dir == "" {
		s, u, err := a.inUse()
		if err != nil {
			return loaded{}, err
		}
		// A record of what was read that cannot be opened only costs
		// what's new; `briefing whatsnew` says why.
		news, _ := a.whatsNew(s, u)
		return loaded{b: u.Briefing, info: inUseInfo(u), news: news}, nil
	}
	fsys, err := openContentDir(dir)
	if err != nil {
		return loaded{}, usageErr(err)
	}
	b, err := model.Load(fsys)
	if err != nil {
		return loaded{}, usageErr(fmt.Errorf("%s has problems:\n%w", model.SanitizeLine(dir), err))
	}
	return loaded{b: b, info: dirInfo(dir, fsys, b)}, nil
}

// openContentDir opens a content directory so that no symbolic link inside
// it can lead the loader out of it.
func openContentDir(dir string) (fs.FS, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("content directory: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("content directory %s is not a directory", dir)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("content directory: %w", err)
	}
	return model.DirFS(root), nil
}

// loadToday loads the briefing and reads the day to judge it on: what most
// verbs start with.
func (a *app) loadToday() (*model.Briefing, time.Time, error) {
	b, err := a.load()
	if err != nil {
		return nil, time.Time{}, err
	}
	today, err := a.now()
	if err != nil {
		return nil, time.Time{}, err
	}
	return b, today, nil
}

// now is today's date, or the one given with --today.
func (a *app) now() (time.Time, error) {
	if a.today == "" {
		return time.Now(), nil
	}
	t, err := time.Parse("2006-01-02", a.today)
	if err != nil {
		return time.Time{}, usageErr(fmt.Errorf("--today %q: write the date as 2026-03-01", a.today))
	}
	return t, nil
}
