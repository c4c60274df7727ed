// Command anmeldebot answers a volunteer office's registration mailbox;
// see package cli for its commands.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"anmeldebot/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
