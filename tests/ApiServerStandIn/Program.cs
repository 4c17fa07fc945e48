using ApiServerStandIn;

// Runs the stand-in as a process (for kubectl in CI):
//   ApiServerStandIn --kubeconfig OUT [--no-nmstate] [--forbid RESOURCE.GROUP]... [MANIFEST|DIR]...
// Serves until standard input closes or the process is stopped; prints "ready <url>" once listening. Each line of
// standard input is a command, answered "ok ..." or "error ...": apply FILE | delete KIND NAMESPACE|- NAME |
// forbid RESOURCE.GROUP | compact | drop-watches.
var paths = new List<string>();
string? kubeconfig = null;
var nmstate = true;
var forbid = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--kubeconfig": kubeconfig = args[++i]; break;
        case "--no-nmstate": nmstate = false; break;
        case "--forbid": forbid.Add(args[++i]); break;
        default: paths.Add(args[i]); break;
    }
}

if (kubeconfig is null)
{
    Console.Error.WriteLine("usage: ApiServerStandIn --kubeconfig OUT [--no-nmstate] [--forbid RESOURCE.GROUP]... [MANIFEST|DIR]...");
    return 2;
}

await using var server = await StandInServer.StartAsync(nmstate);
foreach (var o in YamlObjects.ReadPaths(paths))
{
    server.Apply(o);
}

foreach (var key in forbid)
{
    server.Forbidden[key] = true;
}

File.WriteAllText(kubeconfig, server.Kubeconfig());
Console.WriteLine($"ready {server.Server}");
Console.Out.Flush();
var stop = new TaskCompletionSource();
server.Stopping.Register(() => stop.TrySetResult());
_ = Task.Run(() =>
{
    while (Console.In.ReadLine() is { } line)
    {
        Console.WriteLine(Control.Run(server, line));
        Console.Out.Flush();
    }

    stop.TrySetResult();
});
await stop.Task;
return 0;
