package sv.gob.inpep.sesep.it;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The network between WildFly and PostgreSQL, for the benchmarks: a TCP relay that holds every
 * chunk of bytes for a switchable delay in each direction (0.5 ms each way is a 1 ms round trip,
 * a database in the next rack), since this kernel has no netem. It runs in the test JVM (started
 * by {@link DatabaseRelay} before the server, whose datasource then points at it), so its CPU is
 * not the server's.
 * <p>
 * It also reads the PostgreSQL wire protocol as it passes, to count what the server asks of the
 * database: statements (Execute and simple Query messages), statements prepared (Parse), and round
 * trips (each time the client sends after PostgreSQL said it was ready for a query, i.e. each wait
 * for an answer). A benchmark reads and switches it through a control port (the relay's port + 1):
 * {@code delay <microseconds>} and {@code stats}, one line each.
 */
final class DelayRelay implements Closeable {

    private static final int CHUNK = 64 * 1024;
    /** The protocol version of a StartupMessage, and the codes of the requests sent before one. */
    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_REQUEST = 80877104;

    private final InetSocketAddress target;
    private final ServerSocketChannel listener;
    private final ServerSocket control;
    private final Selector selector;
    private final DelayQueue<Chunk> delayed = new DelayQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private volatile long delayNanos;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /** Statements executed, by their SQL text (as pg_stat_statements would count them). */
    private final Map<String, AtomicLong> executed = new java.util.concurrent.ConcurrentHashMap<>();
    final AtomicLong statements = new AtomicLong();
    final AtomicLong parses = new AtomicLong();
    final AtomicLong roundTrips = new AtomicLong();
    final AtomicLong connections = new AtomicLong();
    final AtomicLong bytesToDatabase = new AtomicLong();
    final AtomicLong bytesFromDatabase = new AtomicLong();

    DelayRelay(int port, InetSocketAddress target) throws IOException {
        this.target = target;
        this.selector = Selector.open();
        this.listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress("127.0.0.1", port));
        listener.configureBlocking(false);
        listener.register(selector, SelectionKey.OP_ACCEPT);
        this.control = new ServerSocket();
        control.bind(new InetSocketAddress("127.0.0.1", port + 1));
        start("relay-io", this::pump);
        start("relay-delayed-writes", this::writeDelayed);
        start("relay-control", this::serveControl);
    }

    private void start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    /** One direction of one connection: where its bytes go, and the protocol reader that counts them. */
    private final class Pipe {
        final SocketChannel to;
        final boolean toDatabase;
        final Connection connection;
        final AtomicInteger pending = new AtomicInteger();
        /** Protocol reader: bytes still to skip in the current message, and the header being read. */
        int remaining;
        final ByteBuffer header = ByteBuffer.allocate(8);
        boolean untyped;
        /** The body of a Parse, Bind or Query message being read (its start is enough), and its type. */
        byte[] body;
        int bodyLength;
        byte bodyType;

        Pipe(SocketChannel to, boolean toDatabase, Connection connection) {
            this.to = to;
            this.toDatabase = toDatabase;
            this.connection = connection;
            this.untyped = toDatabase; // the client's first message (startup or SSLRequest) has no type byte
        }

        /** Reads the protocol's message framing in {@code data}, counting as it goes. */
        void count(ByteBuffer data) {
            if (connection.opaque) {
                return;
            }
            while (data.hasRemaining()) {
                if (remaining > 0) {
                    int skip = Math.min(remaining, data.remaining());
                    if (body != null && bodyLength < body.length) {
                        int copy = Math.min(skip, body.length - bodyLength);
                        data.get(data.position(), body, bodyLength, copy);
                        bodyLength += copy;
                    }
                    data.position(data.position() + skip);
                    remaining -= skip;
                    if (remaining == 0 && body != null) {
                        bodyRead();
                    }
                    continue;
                }
                if (!toDatabase && connection.singleByteReplies > 0) {
                    connection.singleByteReplies--;
                    if (data.get() != 'N') {
                        connection.opaque = true; // TLS or GSS from here on: nothing more to read
                        return;
                    }
                    continue;
                }
                int headerLength = untyped ? 4 : 5;
                while (header.position() < headerLength && data.hasRemaining()) {
                    header.put(data.get());
                }
                if (header.position() < headerLength) {
                    return;
                }
                header.flip();
                if (untyped) {
                    int length = header.getInt();
                    remaining = length - 4;
                    if (length == 8) {
                        // SSLRequest or GSSENCRequest: PostgreSQL answers with one unframed byte.
                        connection.singleByteReplies++;
                    } else {
                        untyped = false;
                    }
                } else {
                    byte type = header.get();
                    remaining = header.getInt() - 4;
                    message(type);
                    if (toDatabase && connection.ready && (type == 'P' || type == 'B' || type == 'Q')) {
                        body = new byte[Math.min(remaining, 4096)];
                        bodyLength = 0;
                        bodyType = type;
                        if (remaining == 0) {
                            bodyRead();
                        }
                    }
                }
                header.clear();
            }
        }

        /** Parse: remembers the statement's text by name; Bind: which statement runs next; Query: counts it. */
        private void bodyRead() {
            String[] strings = strings(body, bodyLength, 2);
            body = null;
            switch (bodyType) {
                case 'P' -> connection.prepared.put(strings[0], strings[1]);
                case 'B' -> connection.bound = connection.prepared.getOrDefault(strings[1], "?");
                case 'Q' -> executed.computeIfAbsent(strings[0], k -> new AtomicLong()).incrementAndGet();
                default -> {
                }
            }
        }

        private void message(byte type) {
            if (toDatabase) {
                if (!connection.ready) {
                    return; // still authenticating
                }
                switch (type) {
                    case 'E' -> {
                        statements.incrementAndGet();
                        executed.computeIfAbsent(connection.bound, k -> new AtomicLong()).incrementAndGet();
                    }
                    case 'Q' -> statements.incrementAndGet();
                    case 'P' -> parses.incrementAndGet();
                    default -> {
                    }
                }
            } else if (type == 'Z') {
                connection.ready = true;
                connection.waiting = false;
            }
        }
    }

    /** Per client connection: where the protocol stands. */
    private static final class Connection {
        final Map<String, String> prepared = new java.util.HashMap<>();
        String bound = "?";
        volatile boolean opaque;
        volatile int singleByteReplies;
        volatile boolean ready;
        volatile boolean waiting;
    }

    /** The first {@code count} zero-terminated strings of a message body (missing ones empty). */
    private static String[] strings(byte[] body, int length, int count) {
        String[] strings = new String[count];
        int from = 0;
        for (int i = 0; i < count; i++) {
            int end = from;
            while (end < length && body[end] != 0) {
                end++;
            }
            strings[i] = from < length ? new String(body, from, end - from, StandardCharsets.UTF_8).replace('\n', ' ') : "";
            from = end + 1;
        }
        return strings;
    }

    private record Chunk(Pipe pipe, ByteBuffer data, long due, long order) implements Delayed {

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Chunk that = (Chunk) other;
            int byTime = Long.compare(due, that.due);
            return byTime != 0 ? byTime : Long.compare(order, that.order);
        }
    }

    private void pump() {
        try {
            while (!closed) {
                selector.select();
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else if (key.isReadable()) {
                        read(key);
                    }
                }
            }
        } catch (IOException e) {
            if (!closed) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void accept() throws IOException {
        SocketChannel client = listener.accept();
        if (client == null) {
            return;
        }
        SocketChannel database;
        try {
            database = SocketChannel.open(target);
        } catch (IOException e) {
            client.close();
            return;
        }
        for (SocketChannel channel : new SocketChannel[]{client, database}) {
            channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
            channel.configureBlocking(false);
        }
        connections.incrementAndGet();
        Connection connection = new Connection();
        client.register(selector, SelectionKey.OP_READ, new Pipe(database, true, connection));
        database.register(selector, SelectionKey.OP_READ, new Pipe(client, false, connection));
    }

    private void read(SelectionKey key) {
        SocketChannel from = (SocketChannel) key.channel();
        Pipe pipe = (Pipe) key.attachment();
        ByteBuffer data = ByteBuffer.allocate(CHUNK);
        int read;
        try {
            read = from.read(data);
        } catch (IOException e) {
            read = -1;
        }
        if (read < 0) {
            closeBoth(from, pipe.to);
            return;
        }
        data.flip();
        (pipe.toDatabase ? bytesToDatabase : bytesFromDatabase).addAndGet(read);
        if (pipe.toDatabase && pipe.connection.ready && !pipe.connection.waiting) {
            pipe.connection.waiting = true;
            roundTrips.incrementAndGet();
        }
        pipe.count(data.duplicate());
        long delay = delayNanos;
        if (delay == 0 && pipe.pending.get() == 0) {
            write(pipe, data);
        } else {
            // Behind whatever of this direction is still held, so the bytes keep their order.
            pipe.pending.incrementAndGet();
            delayed.add(new Chunk(pipe, data, System.nanoTime() + delay, sequence.incrementAndGet()));
        }
    }

    private void writeDelayed() {
        while (!closed) {
            try {
                Chunk chunk = delayed.take();
                write(chunk.pipe(), chunk.data());
                chunk.pipe().pending.decrementAndGet();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Writes all of {@code data}; the sockets' buffers are rarely full, so a full one is waited out briefly. */
    private void write(Pipe pipe, ByteBuffer data) {
        try {
            while (data.hasRemaining()) {
                if (pipe.to.write(data) == 0) {
                    LockSupport.parkNanos(20_000);
                }
            }
        } catch (IOException e) {
            closeQuietly(pipe.to);
        }
    }

    private static void closeBoth(SocketChannel a, SocketChannel b) {
        closeQuietly(a);
        closeQuietly(b);
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // already gone
        }
    }

    private void serveControl() {
        while (!closed) {
            try (Socket socket = control.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                 PrintWriter out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8), true)) {
                String line;
                while ((line = in.readLine()) != null) {
                    String[] words = line.trim().split("\\s+");
                    if (words[0].equals("delay") && words.length == 2) {
                        delayNanos = Long.parseLong(words[1]) * 1000;
                        out.println("ok");
                    } else if (words[0].equals("stats")) {
                        out.println(stats());
                    } else if (words[0].equals("statements")) {
                        executed.forEach((text, count) -> out.println(count.get() + "\t" + text));
                        out.println();
                    } else {
                        out.println("unknown: " + line);
                    }
                }
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private String stats() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long cpu = 0;
        for (Thread thread : threads) {
            cpu += Math.max(0, bean.getThreadCpuTime(thread.getId()));
        }
        Map<String, Long> values = new LinkedHashMap<>();
        values.put("delayMicros", delayNanos / 1000);
        values.put("statements", statements.get());
        values.put("parses", parses.get());
        values.put("roundTrips", roundTrips.get());
        values.put("connections", connections.get());
        values.put("bytesToDatabase", bytesToDatabase.get());
        values.put("bytesFromDatabase", bytesFromDatabase.get());
        values.put("cpuNanos", cpu);
        StringBuilder line = new StringBuilder();
        values.forEach((k, v) -> line.append(k).append('=').append(v).append(' '));
        return line.toString().trim();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        threads.forEach(Thread::interrupt);
        selector.wakeup();
        control.close();
        listener.close();
        selector.close();
    }

    /** The control port's client, for a benchmark inside the server. */
    static final class Control {

        private final int port;

        Control(int relayPort) {
            this.port = relayPort + 1;
        }

        /** Whether a relay answers on this port. */
        boolean present() {
            try {
                stats();
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        void delayMicros(long micros) throws IOException {
            String answer = ask("delay " + micros);
            if (!"ok".equals(answer)) {
                throw new IOException("relay refused the delay: " + answer);
            }
        }

        /** The relay's counters, by name. */
        Map<String, Long> stats() throws IOException {
            Map<String, Long> values = new LinkedHashMap<>();
            for (String pair : ask("stats").split(" ")) {
                String[] kv = pair.split("=");
                values.put(kv[0], Long.parseLong(kv[1]));
            }
            return values;
        }

        /** Statements executed so far, by SQL text. */
        Map<String, Long> statements() throws IOException {
            Map<String, Long> values = new java.util.HashMap<>();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                socket.setSoTimeout(5000);
                PrintWriter out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8), true);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                out.println("statements");
                String line;
                while ((line = in.readLine()) != null && !line.isEmpty()) {
                    int tab = line.indexOf('\t');
                    values.put(line.substring(tab + 1), Long.parseLong(line.substring(0, tab)));
                }
            }
            return values;
        }

        private String ask(String line) throws IOException {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                socket.setSoTimeout(5000);
                PrintWriter out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII), true);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                out.println(line);
                String answer = in.readLine();
                if (answer == null) {
                    throw new IOException("the relay hung up");
                }
                return answer;
            }
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "relay to %s", target);
    }
}
