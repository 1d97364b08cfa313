// Command compose-validate loads a Docker Compose file with compose-go, the loader `docker compose` itself uses,
// with schema validation and consistency checks on, and prints every problem. It needs no Docker engine.
//
//	go run . ../../docker-compose.yml
//
// Variables the file requires (${VAR:?message}) get a placeholder unless set, so the check is about the file, not
// about this machine's environment. Exit status: 0 valid, 1 invalid, 2 usage.
package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"

	"github.com/compose-spec/compose-go/v2/cli"
)

var requiredVariable = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*):?\?`)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: compose-validate <docker-compose.yml>")
		os.Exit(2)
	}
	path, err := filepath.Abs(os.Args[1])
	if err != nil {
		fail(err)
	}
	content, err := os.ReadFile(path)
	if err != nil {
		fail(err)
	}
	environment := os.Environ()
	for _, match := range requiredVariable.FindAllStringSubmatch(string(content), -1) {
		if _, set := os.LookupEnv(match[1]); !set {
			environment = append(environment, match[1]+"=placeholder-for-validation-only")
		}
	}
	options, err := cli.NewProjectOptions(
		[]string{path},
		cli.WithEnv(environment),
		cli.WithWorkingDirectory(filepath.Dir(path)),
		cli.WithName("khuyencong-flow"),
		cli.WithConsistency(true),
		cli.WithResolvedPaths(true),
	)
	if err != nil {
		fail(err)
	}
	project, err := options.LoadProject(context.Background())
	if err != nil {
		fail(err)
	}
	names := project.ServiceNames()
	sort.Strings(names)
	fmt.Printf("%s is valid: %d services (%v), %d volumes\n", os.Args[1], len(names), names, len(project.Volumes))
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "invalid compose file: %v\n", err)
	os.Exit(1)
}
