package mailbot

import (
	_ "embed"
	"fmt"
	_ "time/tzdata" // the demo must run where no zoneinfo is installed

	"anmeldebot/config"
)

// demoTOML is the demo's configuration: config.example.toml's sessions,
// with loopback mail servers.
//
//go:embed demo.toml
var demoTOML []byte

// DemoConfig returns the demo's configuration (the example sessions, the
// office's address, loopback servers whose ports the demo fills in).
// Tests use it too.
func DemoConfig() (*config.Config, error) {
	c, err := config.Parse(demoTOML, "demo.toml")
	if err != nil {
		return nil, fmt.Errorf("demo configuration: %w", err)
	}
	return c, nil
}
