using System.Diagnostics;
using MetalLb.Validation.Loading;
using YamlDotNet.RepresentationModel;

namespace MetalLb.Validation.Benchmarks;

/// <summary>A plain loop to attach a profiler to, printing rough times of the YamlDotNet parse, the load and the rules.</summary>
internal static class Profile
{
    public static void Run(double scale, int seconds)
    {
        var yaml = LargeConfiguration.Cluster(scale);
        var validator = new MetalLbValidator(LargeConfiguration.Options);
        Console.WriteLine($"{yaml.Length:N0} characters, {LargeConfiguration.ObjectCount(scale):N0} objects");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var parse = Time(() => new YamlStream().Load(new StringReader(yaml)));
            var set = ConfigurationLoader.LoadText(yaml);
            var load = Time(() => set = ConfigurationLoader.LoadText(yaml));
            ValidationReport? report = null;
            var rules = Time(() => report = validator.Validate(set));
            Console.WriteLine($"yamldotnet {parse:N0} ms, load {load:N0} ms, rules {rules:N0} ms, {report!.Diagnostics.Count} findings");
        }
    }

    /// <summary>
    /// Times each rule of one validation run, in catalog order and with shared views, so a view's cost shows on the
    /// first rule that asks for it. Median of <paramref name="runs"/> runs, slowest first.
    /// </summary>
    public static void Rules(double scale, int runs)
    {
        var set = ConfigurationLoader.LoadText(LargeConfiguration.Cluster(scale));
        var validator = new MetalLbValidator(LargeConfiguration.Options);
        var times = new Dictionary<string, List<double>>();
        var allocated = new Dictionary<string, long>();
        for (var run = 0; run < runs; run++)
        {
            var findings = new List<Diagnostics.Diagnostic>();
            var context = new Rules.RuleContext(set, validator.Options, Namespaces.NamespaceResolver.Resolve(set, validator.Options), [], (rule, diagnostic, resource) => findings.Add(diagnostic));
            foreach (var rule in validator.ApplicableRules())
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var time = Time(() => validator.Run(rule, context, findings));
                var name = string.Join(",", rule.Descriptors.Select(d => d.Id));
                allocated[name] = GC.GetAllocatedBytesForCurrentThread() - before;
                (times.TryGetValue(name, out var list) ? list : times[name] = []).Add(time);
            }
        }

        var medians = times.Select(t => (Name: t.Key, Median: t.Value.Order().ElementAt(t.Value.Count / 2))).OrderByDescending(t => t.Median).ToList();
        Console.WriteLine($"rules together: {medians.Sum(t => t.Median):N1} ms (median per rule, summed), {allocated.Values.Sum() / 1e6:N1} MB allocated");
        foreach (var (name, median) in medians.Take(15))
        {
            Console.WriteLine($"{median,10:N1} ms {allocated[name] / 1e6,8:N1} MB  {name}");
        }

        Console.WriteLine("most allocating:");
        foreach (var (name, bytes) in allocated.OrderByDescending(a => a.Value).Take(10))
        {
            Console.WriteLine($"{bytes / 1e6,8:N1} MB  {name}");
        }
    }

    /// <summary>
    /// Answers the CREATE review of <see cref="AdmissionBenchmarks"/> again and again for <paramref name="seconds"/>
    /// against a snapshot that keeps its list, printing the median request time every 20 requests.
    /// </summary>
    public static void Admission(double scale, int seconds)
    {
        var cluster = ConfigurationLoader.LoadText(LargeConfiguration.Cluster(scale)).Objects;
        var handler = new Admission.AdmissionHandler(new Admission.ConfigurationSetSnapshot(new Model.ConfigurationSet(cluster)), LargeConfiguration.Options);
        var review = AdmissionBenchmarks.CreateReview;
        Console.WriteLine($"{cluster.Count:N0} objects");
        // Process CPU time (GC included) as well as wall time: on a shared machine the CPU a request costs is steadier.
        var clock = Stopwatch.StartNew();
        var times = new List<(double Wall, double Cpu)>();
        using var process = Process.GetCurrentProcess();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var wall = Time(() => handler.HandleAsync(review).GetAwaiter().GetResult());
            process.Refresh();
            times.Add((wall, (process.TotalProcessorTime - cpu).TotalMilliseconds));
            if (times.Count % 20 == 0)
            {
                var last = times.TakeLast(20).ToList();
                Console.WriteLine($"median of the last 20 requests: {last.Select(t => t.Wall).Order().ElementAt(10):N1} ms wall, {last.Select(t => t.Cpu).Order().ElementAt(10):N1} ms CPU");
            }
        }
    }

    /// <summary>
    /// Where one admission request's validation goes: the cluster after a CREATE (the snapshot's object instances plus
    /// one new pool, as <see cref="Admission.AdmissionHandler"/> builds it), each phase of the engine and each rule timed,
    /// with what it allocates. Objects are the same instances every run, so what is kept per instance is warm, as in
    /// the webhook. Median of <paramref name="runs"/> runs, slowest first.
    /// </summary>
    public static void AdmissionRules(double scale, int runs)
    {
        var cluster = ConfigurationLoader.LoadText(LargeConfiguration.Cluster(scale)).Objects;
        var candidate = ConfigurationLoader.LoadText("""
            apiVersion: metallb.io/v1beta1
            kind: IPAddressPool
            metadata: {name: office, namespace: metallb-system}
            spec: {addresses: ["198.51.100.0/28"]}
            """).Objects[0];
        var validator = new MetalLbValidator(LargeConfiguration.Options with { MetalLbNamespace = "metallb-system" });
        var times = new Dictionary<string, List<double>>();
        var allocated = new Dictionary<string, long>();
        void Phase(string name, Action action)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var time = Time(action);
            allocated[name] = GC.GetAllocatedBytesForCurrentThread() - before;
            (times.TryGetValue(name, out var list) ? list : times[name] = []).Add(time);
        }

        for (var run = 0; run < runs; run++)
        {
            Model.ConfigurationSet set = null!;
            var findings = new List<Diagnostics.Diagnostic>();
            Namespaces.AssumedNamespace assumed = null!;
            Rules.RuleContext context = null!;
            Phase("(set)", () => set = new Model.ConfigurationSet(cluster.Append(candidate)));
            Phase("(load findings)", () => validator.AddLoadFindings(set, findings));
            Phase("(prune)", () => set = validator.PruneForRelease(set, findings));
            Phase("(namespace)", () => assumed = Namespaces.NamespaceResolver.Resolve(set, validator.Options));
            Phase("(duplicates)", () => set = validator.CollapseDuplicates(set, assumed, findings));
            Phase("(context)", () => context = new Rules.RuleContext(set, validator.Options, assumed, [], (rule, diagnostic, resource) => findings.Add(diagnostic)));
            Phase("(model)", () => Topology.ClusterModel.For(context));
            Phase("(model: advertisement pools)", () => _ = context.Set.BgpAdvertisements.Sum(a => Topology.ClusterModel.For(context).Advertisements.Pools(a).Count) + context.Set.L2Advertisements.Sum(a => Topology.ClusterModel.For(context).Advertisements.Pools(a).Count));
            Phase("(model: pairs)", () => _ = Topology.ClusterModel.For(context).SelectedPairs);
            Phase("(model: node views)", () => _ = Topology.ClusterModel.For(context).Nodes);
            Phase("(pool entries)", () => MetalLb.Validation.Rules.Pools.PoolEntryIndex.For(context));
            foreach (var rule in validator.ApplicableRules())
            {
                Phase(string.Join(",", rule.Descriptors.Select(d => d.Id).Take(3)), () => validator.Run(rule, context, findings));
            }
        }

        var medians = times.Select(t => (Name: t.Key, Median: t.Value.Order().ElementAt(t.Value.Count / 2))).OrderByDescending(t => t.Median).ToList();
        Console.WriteLine($"{cluster.Count:N0} objects; together: {medians.Sum(t => t.Median):N1} ms (median per phase, summed), {allocated.Values.Sum() / 1e6:N1} MB allocated");
        foreach (var (name, median) in medians.Take(25))
        {
            Console.WriteLine($"{median,10:N2} ms {allocated[name] / 1e6,8:N2} MB  {name}");
        }

        Console.WriteLine("most allocating:");
        foreach (var (name, bytes) in allocated.OrderByDescending(a => a.Value).Take(12))
        {
            Console.WriteLine($"{bytes / 1e6,8:N2} MB  {name}");
        }
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }
}
