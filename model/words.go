package model

import "strconv"

// Plural counts n things in words: "1 action", "3 actions", "0 actions".
// Every count the program writes goes through it, so none reads "1 items".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
