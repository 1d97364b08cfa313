// Command s3-fake serves an S3-compatible API (gofakes3, in memory) on one address, for the tests of the attachment
// store's S3 driver: `s3-fake -addr 127.0.0.1:9000`. It prints "listening on ADDR" once it accepts connections, and
// stops on SIGINT or SIGTERM. It is a test server, not a store: everything goes when it stops.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:9000", "host:port to listen on")
	flag.Parse()

	faker := gofakes3.New(s3mem.New(), gofakes3.WithAutoBucket(false))
	listener, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatalf("listen %s: %v", *addr, err)
	}
	server := &http.Server{Handler: faker.Server(), ReadHeaderTimeout: 10 * time.Second}
	fmt.Printf("listening on %s\n", listener.Addr())

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	go func() {
		<-stop
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = server.Shutdown(ctx)
	}()
	if err := server.Serve(listener); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Fatal(err)
	}
}
