package mailbot

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"anmeldebot/config"
)

// Msg is one message as FetchNew hands it over. Body streams the raw
// message (RFC 5322, CRLF line ends) straight from the IMAP connection: it
// is valid only during the callback, and whatever the callback leaves
// unread is skipped.
type Msg struct {
	UID  uint32
	Size int64
	Body io.Reader
}

// Mailbox is the seam between a cycle and the IMAP server.
type Mailbox interface {
	EnsureFolders(ctx context.Context, names ...string) error
	FetchNew(ctx context.Context, folder string, lastUID, uidValidity uint32, fn func(Msg) error) (uint32, error)
	File(ctx context.Context, folder string, uid uint32, dest string) error
	Logout() error
}

var _ Mailbox = (*IMAPMailbox)(nil)

// IMAPMailbox is one logged-in IMAP connection, meant to last one cycle:
// Dial, FetchNew, File each message, Logout. A cancelled context closes the
// connection; Dial again for the next cycle.
type IMAPMailbox struct {
	c        *imapclient.Client
	log      *slog.Logger
	selected string // folder selected read-write, "" when none
}

// Dial connects with the configured security (implicit TLS, STARTTLS, or
// none, which only a loopback host may use), trusting cfg.CAFile besides
// the system roots, and logs in with the resolved password.
func Dial(ctx context.Context, cfg config.IMAP, log *slog.Logger) (*IMAPMailbox, error) {
	ep := endpoint{server: "imap", host: cfg.Host, port: cfg.Port, security: cfg.Security, caFile: cfg.CAFile}
	if err := ep.checkSecurity(); err != nil {
		return nil, err
	}
	password, err := cfg.Resolve()
	if err != nil {
		return nil, &CheckError{Server: "imap", Stage: StageConfig, Err: fmt.Errorf("imap password: %w", err)}
	}
	var conf *tls.Config
	if cfg.Security != "none" {
		if conf, err = ep.tlsConfig(); err != nil {
			return nil, err
		}
	}
	conn, err := ep.dial(ctx, conf)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, dialTimeout)
	defer cancel()
	stopConn := context.AfterFunc(ctx, func() { conn.Close() })
	defer stopConn()
	opts := &imapclient.Options{TLSConfig: conf}
	var c *imapclient.Client
	if cfg.Security == "starttls" {
		if c, err = imapclient.NewStartTLS(conn, opts); err != nil {
			return nil, &CheckError{Server: "imap", Stage: StageTLS, Err: fmt.Errorf("STARTTLS with %s: %w", ep.addr(), err)}
		}
	} else {
		c = imapclient.New(conn, opts)
	}
	if err := c.WaitGreeting(); err != nil {
		c.Close()
		return nil, &CheckError{Server: "imap", Stage: StageConnect, Err: fmt.Errorf("waiting for the greeting of %s: %w", ep.addr(), err)}
	}
	if err := c.Login(cfg.Username, password).Wait(); err != nil {
		c.Close()
		return nil, &CheckError{Server: "imap", Stage: StageLogin, Err: fmt.Errorf("logging in as %s: %w", cfg.Username, err)}
	}
	log = log.With("server", "imap", "user", cfg.Username)
	log.Debug("logged in", "addr", ep.addr(), "security", cfg.Security)
	return &IMAPMailbox{c: c, log: log}, nil
}

// watch closes the connection when ctx ends, since go-imap has no context
// support: a blocked command then fails instead of hanging the cycle. Call
// the returned func when the operation is over.
func watch(ctx context.Context, c *imapclient.Client) func() {
	stop := context.AfterFunc(ctx, func() { c.Close() })
	return func() { stop() }
}

// EnsureFolders creates each folder that does not exist yet.
func (m *IMAPMailbox) EnsureFolders(ctx context.Context, names ...string) error {
	defer watch(ctx, m.c)()
	for _, name := range names {
		if err := m.create(name); err != nil {
			return err
		}
	}
	return nil
}

func (m *IMAPMailbox) create(name string) error {
	err := m.c.Create(name, nil).Wait()
	if err == nil {
		m.log.Info("folder created", "folder", name)
		return nil
	}
	var ie *imap.Error
	if errors.As(err, &ie) && ie.Code == imap.ResponseCodeAlreadyExists {
		return nil
	}
	// Some servers say NO without the ALREADYEXISTS code: ask whether the
	// folder is there before giving up.
	if _, serr := m.c.Status(name, &imap.StatusOptions{NumMessages: true}).Wait(); serr == nil {
		return nil
	}
	return fmt.Errorf("creating folder %q: %w", name, err)
}

// selectFolder opens the folder read-write (File needs to store flags).
func (m *IMAPMailbox) selectFolder(folder string) (*imap.SelectData, error) {
	m.selected = ""
	data, err := m.c.Select(folder, nil).Wait()
	if err != nil {
		return nil, fmt.Errorf("selecting folder %q: %w", folder, err)
	}
	m.selected = folder
	return data, nil
}

// File flags the message \Seen and moves it to dest. With MOVE it is one
// atomic command. Without it, COPY, then \Deleted, then UID EXPUNGE of this
// one UID (UIDPLUS); a plain EXPUNGE would also remove any other message
// someone flagged \Deleted, so without UIDPLUS the original stays in place,
// flagged \Seen and \Deleted, and a later cycle skips it (its UID is old).
// A missing dest is created. Filing an already moved UID is a no-op.
func (m *IMAPMailbox) File(ctx context.Context, folder string, uid uint32, dest string) error {
	defer watch(ctx, m.c)()
	if m.selected != folder {
		if _, err := m.selectFolder(folder); err != nil {
			return fmt.Errorf("filing uid %d: %w", uid, err)
		}
	}
	set := imap.UIDSetNum(imap.UID(uid))
	// Filed before (a crash between File and the next step), or left
	// \Deleted where there is no UIDPLUS: nothing to do.
	notDeleted := &imap.SearchCriteria{UID: []imap.UIDSet{set}, NotFlag: []imap.Flag{imap.FlagDeleted}}
	found, err := m.c.UIDSearch(notDeleted, nil).Wait()
	if err != nil {
		return fmt.Errorf("looking for uid %d: %w", uid, err)
	}
	if len(found.AllUIDs()) == 0 {
		m.log.Debug("already filed", "uid", uid, "folder", folder)
		return nil
	}
	if err := m.addFlags(set, imap.FlagSeen); err != nil {
		return fmt.Errorf("flagging uid %d seen: %w", uid, err)
	}
	err = m.moveOrCopy(set, dest)
	var ie *imap.Error
	if errors.As(err, &ie) && ie.Code == imap.ResponseCodeTryCreate {
		if cerr := m.create(dest); cerr != nil {
			return fmt.Errorf("filing uid %d: %w", uid, cerr)
		}
		err = m.moveOrCopy(set, dest)
	}
	if err != nil {
		return fmt.Errorf("moving uid %d to %q: %w", uid, dest, err)
	}
	m.log.Debug("filed", "uid", uid, "folder", folder, "dest", dest)
	return nil
}

// moveOrCopy moves with MOVE when the server has it; otherwise it copies
// and marks the original deleted, leaving the expunge to File.
func (m *IMAPMailbox) moveOrCopy(set imap.UIDSet, dest string) error {
	caps := m.c.Caps()
	if caps.Has(imap.CapMove) {
		_, err := m.c.Move(set, dest).Wait()
		return err
	}
	if _, err := m.c.Copy(set, dest).Wait(); err != nil {
		return err
	}
	if err := m.addFlags(set, imap.FlagDeleted); err != nil {
		return fmt.Errorf("flagging deleted: %w", err)
	}
	if !caps.Has(imap.CapUIDPlus) {
		m.log.Warn("server has neither MOVE nor UIDPLUS: the original stays flagged \\Deleted", "dest", dest)
		return nil
	}
	if err := m.c.UIDExpunge(set).Close(); err != nil {
		return fmt.Errorf("expunging: %w", err)
	}
	return nil
}

func (m *IMAPMailbox) addFlags(set imap.UIDSet, flags ...imap.Flag) error {
	store := &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: flags}
	return m.c.Store(set, store, nil).Close()
}

// Logout ends the session politely and closes the connection.
func (m *IMAPMailbox) Logout() error {
	err := m.c.Logout().Wait()
	m.c.Close() // the server has hung up after BYE; nothing to report
	if err != nil {
		return fmt.Errorf("logging out: %w", err)
	}
	return nil
}
