using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using WebhookServer.Load;

// The webhook's load and fault suite (see .ci/steps/webhook-load.sh). Starts the sample server as a process over HTTPS
// on 127.0.0.1 in manifests mode, then: hostile bodies, slow clients, closed-loop load at rising concurrency, idle
// memory, a FIFO among the manifests and a deleted manifests directory. Every loop is bounded in count and time.
// Fails (exit 1) on a hard property: an HTTP status other than 200, a code 500, an answer later than 5 s, a /healthz
// that does not answer, a FIFO that blocks, a deleted directory read as an empty cluster. Prints the measured table.
//
//   WebhookServer.Load --server WebhookServer.dll --cluster cluster.yaml [--levels 1,2,4,...] [--seconds 3]
//                      [--max-requests 3000] [--after 15] [--regressions fuzz/admission/regressions] [--skip-faults]
var options = Options.Parse(args);
var work = Directory.CreateTempSubdirectory("webhook-load-").FullName;
var manifests = Path.Combine(work, "manifests");
Directory.CreateDirectory(manifests);
File.Copy(options.Cluster, Path.Combine(manifests, "cluster.yaml"));
var failures = new List<string>();
var environment = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["Webhook__Mode"] = "frr",
    ["Webhook__TimeoutSeconds"] = "5",
    ["Webhook__Manifests__RecheckSeconds"] = "1",
    ["Webhook__Manifests__MaxStaleSeconds"] = "3",
};

await using var server = ServerProcess.Start(options.Server, manifests, work, environment);
using var probe = WebhookClient.Create(server, HttpVersion.Version11, 4);
var ready = await WaitAsync(() => ReadyzAsync(probe), status => status.Code == 200, TimeSpan.FromSeconds(120));
Console.WriteLine($"server pid {server.Id} at {server.Address}: {ready.Body}; load average {LoadAverage()}");
if (ready.Code != 200)
{
    Fail($"never ready: {ready.Body}");
    return Finish();
}

var rows = new List<string>();
var memory = new MemorySampler(server);
var startedRss = server.RssBytes();

// Hostile bodies: the issue's cases, each answered within 5 s with a review (never a 500, never a held connection).
memory.Phase = "hostile";
using (var h1 = new WebhookClient(server, HttpVersion.Version11, 8))
using (var h2 = new WebhookClient(server, HttpVersion.Version20, 8))
{
    foreach (var file in Directory.Exists(options.Regressions) ? Directory.EnumerateFiles(options.Regressions).Order(StringComparer.Ordinal).ToArray() : [])
    {
        await Expect(Path.GetFileName(file), h1, File.ReadAllBytes(file), outcome => outcome == "code 400");
    }

    var huge = Reviews.HugeArray();
    await Expect("7.8 MB review, 3.9 million array elements", h2, huge, outcome => outcome == "code 400");
    var hugeTimes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => h2.PostAsync(new ByteArrayContent(huge))));
    Record("8 such reviews at once (HTTP/2)", hugeTimes.Select(t => t.Outcome).Distinct().Order(StringComparer.Ordinal), hugeTimes.Max(t => t.Took), hugeTimes.All(t => t.Outcome == "code 400"));
    var over = Reviews.OverLimit();
    await Expect("9 MiB body over HTTP/2 (declared length)", h2, over, outcome => outcome == "code 413");
    await Expect("9 MiB body over HTTP/2 (no length)", h2, over, outcome => outcome == "code 413", declareLength: false);
    await Expect("9 MiB body over HTTP/1.1", h1, over, outcome => outcome is "code 413" || outcome.StartsWith("connection closed", StringComparison.Ordinal));
    // Validated, or refused for the deadline (a large cluster on a loaded machine): either way an answer on time.
    await Expect("a valid review on the same HTTP/2 connection afterwards", h2, Reviews.Distinct(), outcome => outcome is "allowed" or "code 429" or "code 504");
}

Console.WriteLine($"hostile bodies: peak RSS {Mb(memory.Peak("hostile"))}");

// Slow clients: bodies trickling at 20 bytes/s are answered (400) at the deadline while others are served.
memory.Phase = "slow";
using (var slow = new WebhookClient(server, HttpVersion.Version11, 32))
using (var normal = new WebhookClient(server, HttpVersion.Version11, 4))
{
    var trickles = Enumerable.Range(0, 16).Select(_ => slow.PostAsync(new TrickleContent(Reviews.Distinct(), TimeSpan.FromMilliseconds(50)))).ToArray();
    var served = new Stats();
    var until = Stopwatch.StartNew();
    while (until.Elapsed < TimeSpan.FromSeconds(2))
    {
        var (outcome, took) = await normal.PostAsync(new ByteArrayContent(Reviews.Distinct()));
        served.Add(took, outcome);
    }

    var slowResults = await Task.WhenAll(trickles);
    Record("16 clients sending 20 bytes/s", slowResults.Select(r => r.Outcome).Distinct().Order(StringComparer.Ordinal), slowResults.Max(r => r.Took), slowResults.All(r => r.Outcome is "code 400" || r.Outcome.StartsWith("connection closed", StringComparison.Ordinal)));
    Record($"meanwhile {served.Count} normal requests", served.Outcomes.Keys.Order(StringComparer.Ordinal), TimeSpan.FromMilliseconds(served.Max), served.Outcomes.Keys.All(o => o is "allowed" or "code 429" or "code 504"));
}

// Closed-loop load: each worker posts a distinct CREATE, waits for the answer, posts the next.
rows.Add("| Concurrency | Requests | Validated | Refused busy (429) | Deadline (504) | p50 ms (all) | p99 ms (all) | max ms | p50 ms (validated) | p99 ms (validated) | /healthz p99 ms | peak RSS MB | server CPU ms per request | load tool CPU ms per request |");
rows.Add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var level in options.Levels)
{
    memory.Phase = $"c{level}";
    using var client = new WebhookClient(server, HttpVersion.Version11, level);
    var stats = new Stats();
    var validated = new Stats();
    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
    var issued = 0;
    // The server's CPU per answer (TLS, JSON, validation, GC): steadier than latency when other processes share the machine.
    var cpuBefore = server.CpuTime();
    var ownCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var health = HealthPoller.Start(server);
    await Task.WhenAll(Enumerable.Range(0, level).Select(async _ =>
    {
        while (!stop.IsCancellationRequested && Interlocked.Increment(ref issued) <= options.MaxRequests)
        {
            var (outcome, took) = await client.PostAsync(new ByteArrayContent(Reviews.Distinct()));
            stats.Add(took, outcome);
            if (outcome is "allowed" or "code 422")
            {
                validated.Add(took, outcome);
            }

            if (outcome.StartsWith("FAIL", StringComparison.Ordinal) || took > WebhookClient.AnswerWithin)
            {
                Fail($"concurrency {level}: {outcome} after {took.TotalMilliseconds:0} ms");
            }
        }
    }));
    var cpuPerRequest = (server.CpuTime() - cpuBefore).TotalMilliseconds / Math.Max(1, stats.Count);
    var ownCpuPerRequest = (Process.GetCurrentProcess().TotalProcessorTime - ownCpuBefore).TotalMilliseconds / Math.Max(1, stats.Count);
    var healthStats = await health.StopAsync();
    if (healthStats.Outcomes.Keys.Any(k => k != "ok"))
    {
        Fail($"concurrency {level}: /healthz {string.Join(", ", healthStats.Outcomes.Select(o => $"{o.Key} x{o.Value}"))}");
    }

    rows.Add(string.Create(CultureInfo.InvariantCulture, $"| {level} | {stats.Count} | {validated.Count} | {stats.Of("code 429")} | {stats.Of("code 504")} | {stats.Percentile(50):0} | {stats.Percentile(99):0} | {stats.Max:0} | {validated.Percentile(50):0} | {validated.Percentile(99):0} | {healthStats.Percentile(99):0.0} | {Mb(memory.Peak(memory.Phase))} | {cpuPerRequest:0.0} | {ownCpuPerRequest:0.0} |"));
    Console.WriteLine(rows[^1]);
}

var duringPeak = options.Levels.Max(level => memory.Peak($"c{level}"));
memory.Phase = "idle";
await Task.Delay(TimeSpan.FromSeconds(options.After));
var after = server.RssBytes();
memory.Stop();

if (!options.SkipFaults)
{
    await FifoAsync();
    await DeletedDirectoryAsync();
}

Console.WriteLine();
Console.WriteLine($"Load average now {LoadAverage()} on {Environment.ProcessorCount} cores (other processes share the machine).");
Console.WriteLine($"Cluster: {ready.Body}. RSS at start {Mb(startedRss)} MB, peak under load {Mb(duringPeak)} MB, {options.After} s after the load {Mb(after)} MB.");
Console.WriteLine();
foreach (var row in rows)
{
    Console.WriteLine(row);
}

return Finish();

int Finish()
{
    Console.WriteLine();
    if (failures.Count == 0)
    {
        Console.WriteLine("webhook load and fault suite: every hard property held");
    }
    else
    {
        Console.WriteLine($"webhook load and fault suite: {failures.Count} failure(s)");
        foreach (var failure in failures.Take(30))
        {
            Console.WriteLine("  " + failure);
        }

        foreach (var line in server.Log.TakeLast(30))
        {
            Console.WriteLine("  server: " + line);
        }
    }

    try
    {
        Directory.Delete(work, recursive: true);
    }
    catch (IOException)
    {
        // A FIFO left behind by a failed phase; the temp directory is cleaned by the system.
    }

    return failures.Count == 0 ? 0 : 1;
}

void Fail(string message)
{
    lock (failures)
    {
        failures.Add(message);
    }
}

async Task Expect(string what, WebhookClient client, byte[] body, Func<string, bool> expected, bool declareLength = true)
{
    using HttpContent content = declareLength ? new ByteArrayContent(body) : new StreamContent(new UnseekableStream(body));
    var (outcome, took) = await client.PostAsync(content);
    Record(what, [outcome], took, expected(outcome));
}

void Record(string what, IEnumerable<string> outcomes, TimeSpan took, bool expected)
{
    var text = string.Join(", ", outcomes);
    var ok = expected && took <= WebhookClient.AnswerWithin;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(ok ? "ok  " : "FAIL")} {what}: {text} in {took.TotalMilliseconds:0} ms"));
    if (!ok)
    {
        Fail($"{what}: {text} in {took.TotalMilliseconds:0} ms");
    }
}

async Task FifoAsync()
{
    var fifo = Path.Combine(manifests, "pipe.yaml");
    using (var mkfifo = Process.Start("mkfifo", fifo))
    {
        await mkfifo.WaitForExitAsync();
    }

    await Task.Delay(TimeSpan.FromSeconds(2.5));
    using var client = new WebhookClient(server, HttpVersion.Version11, 2);
    var (outcome, took) = await client.PostAsync(new ByteArrayContent(Reviews.Distinct()));
    var readyz = await ReadyzAsync(probe);
    Record("a FIFO among the manifests: a request", [outcome], took, outcome == "allowed");
    Record("a FIFO among the manifests: /readyz", [$"{readyz.Code} {readyz.Body}"], TimeSpan.Zero, readyz.Code == 200);
    Record("a FIFO among the manifests: logged as skipped", [server.Log.LastOrDefault(l => l.Contains("pipe.yaml", StringComparison.Ordinal)) ?? "(no log line)"], TimeSpan.Zero, server.Log.Any(l => l.Contains("Skipped pipe.yaml", StringComparison.Ordinal)));
    File.Delete(fifo);
}

async Task DeletedDirectoryAsync()
{
    var gone = manifests + ".gone";
    Directory.Move(manifests, gone);
    using var client = new WebhookClient(server, HttpVersion.Version11, 2);
    var (during, tookDuring) = await client.PostAsync(new ByteArrayContent(Reviews.Distinct()));
    Record("manifests directory deleted: at once (last good snapshot, 3 s allowed)", [during], tookDuring, during == "allowed");
    var notReady = await WaitAsync(() => ReadyzAsync(probe), status => status.Code == 503, TimeSpan.FromSeconds(15));
    var (after, tookAfter) = await client.PostAsync(new ByteArrayContent(Reviews.Distinct()));
    Record("manifests directory deleted: /readyz", [$"{notReady.Code} {notReady.Body}"], TimeSpan.Zero, notReady.Code == 503);
    Record("manifests directory deleted: a request once stale", [after], tookAfter, after == "code 503");
    Directory.Move(gone, manifests);
    var back = await WaitAsync(() => ReadyzAsync(probe), status => status.Code == 200, TimeSpan.FromSeconds(15));
    Record("manifests directory restored: /readyz", [$"{back.Code} {back.Body}"], TimeSpan.Zero, back.Code == 200);
}

static async Task<(int Code, string Body)> ReadyzAsync(HttpClient client)
{
    try
    {
        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
    {
        return (0, ex.Message);
    }
}

static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan limit)
{
    var clock = Stopwatch.StartNew();
    while (true)
    {
        var value = await probe();
        if (done(value) || clock.Elapsed > limit)
        {
            return value;
        }

        await Task.Delay(250);
    }
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static string Mb(long bytes) => (bytes / (1024.0 * 1024)).ToString("0", CultureInfo.InvariantCulture);

/// <summary>A body without Content-Length.</summary>
internal sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
{
    public override bool CanSeek => false;
}

/// <summary>A body sent a byte at a time with a pause between bytes.</summary>
internal sealed class TrickleContent(byte[] bytes, TimeSpan pause) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
    {
        foreach (var b in bytes)
        {
            await stream.WriteAsync(new[] { b });
            await stream.FlushAsync();
            await Task.Delay(pause);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = bytes.Length;
        Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return true;
    }
}
