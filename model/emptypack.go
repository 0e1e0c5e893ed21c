package model

import "strings"

// checkNotEmpty refuses a pack with no item at all, most likely the wrong
// folder, and one with no priority area, which every view starts from: a
// user who points --content at the wrong place gets an error, not a blank
// briefing. Files that could not be read or decoded count as found: their
// own problems say what is wrong with them.
func (l *loader) checkNotEmpty(jobs []loadJob) {
	files, areas := 0, 0
	for _, j := range jobs {
		if j.problem == nil {
			files++
			if j.kind == KindArea {
				areas++
			}
		}
	}
	switch {
	case files == 0:
		l.add(Problem{File: ".", Message: "no items: is this the content folder? It holds one folder per kind of item (" + strings.Join(Folders(), ", ") + ")"})
	case areas == 0:
		l.add(Problem{File: KindArea.Folder(), Message: "no area: a briefing needs at least one priority area, one .md file each in " + KindArea.Folder() + "/"})
	}
}
