package cli

import (
	"context"
	"flag"
	"fmt"
	"net"
	"strconv"

	"anmeldebot/mailbot"
)

func checkCommand() Command {
	return Command{
		Name:    "check",
		Summary: "Log in to the IMAP and SMTP servers and say what works",
		Help: `Connects to [imap] and [smtp] with the configured settings, logs in,
opens [imap].folder, and sends nothing. For each server it prints "ok" or
the step that failed (DNS, connect, TLS, login, folder) and why. Exits with
status 1 when anything failed.`,
		Setup: func(*flag.FlagSet) RunFunc {
			return func(ctx context.Context, env *Env, _ []string) error {
				c := env.Config
				imapErr := mailbot.CheckIMAP(ctx, c.IMAP, env.Log)
				printCheck(env, "IMAP", c.IMAP.Host, c.IMAP.Port, c.IMAP.Security, c.IMAP.Username, imapErr)
				if imapErr == nil {
					fmt.Fprintf(env.Stdout, "     folder %q can be read\n", c.IMAP.Folder)
				}
				smtpErr := mailbot.CheckSMTP(ctx, c.SMTP, env.Log)
				printCheck(env, "SMTP", c.SMTP.Host, c.SMTP.Port, c.SMTP.Security, c.SMTP.Username, smtpErr)
				if imapErr != nil || smtpErr != nil {
					return &ExitError{Code: ExitFailure}
				}
				return nil
			}
		},
	}
}

// report prints one server's result in plain words.
func printCheck(env *Env, name, host string, port int, security, user string, err error) {
	addr := net.JoinHostPort(host, strconv.Itoa(port))
	who := "without login"
	if user != "" {
		who = "as " + user
	}
	if err == nil {
		fmt.Fprintf(env.Stdout, "%s  ok: %s (%s), logged in %s\n", name, addr, security, who)
		return
	}
	fmt.Fprintf(env.Stdout, "%s  FAILED: %s (%s) %s\n     %v\n", name, addr, security, who, err)
}
