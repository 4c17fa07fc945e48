using MetalLb.Validation.Cli.NodeAgent;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Tests.Cli.NodeAgent;

public sealed class AgentRoundsTests
{
    [Fact]
    public void EachRound_ReadsTheInterfacesAgain_AndTheFindingFollowsTheVip()
    {
        var bed = new AgentBed();

        Assert.True(bed.Rounds.RunRound());
        Assert.Equal(1, bed.Rounds.Current!.Generation);
        Assert.Equal(4, bed.Rounds.Current.Report.ResourceCount); // the sample's three objects and this node's interfaces
        Assert.DoesNotContain(bed.Rounds.Current.Report.Diagnostics, d => d.RuleId == "MLB0901");

        bed.ReadInterfaces = () => AgentBed.Links(withVip: false);
        Assert.True(bed.Rounds.RunRound());
        var lost = Assert.Single(bed.Rounds.Current!.Report.Diagnostics, d => d.RuleId == "MLB0901");
        Assert.Equal(AgentBed.Node, lost.Node);
        Assert.Equal("tor-a-worker-2", lost.Resource!.Name);
        Assert.Equal(2, bed.Rounds.Current.Generation);

        bed.ReadInterfaces = () => AgentBed.Links(withVip: true);
        Assert.True(bed.Rounds.RunRound());
        Assert.DoesNotContain(bed.Rounds.Current!.Report.Diagnostics, d => d.RuleId == "MLB0901");
        Assert.Equal(3, bed.Rounds.Rounds);
        Assert.Equal(0, bed.Rounds.Failures);
    }

    [Fact]
    public void EachRound_ReadsTheConfigurationAgain()
    {
        var directory = Directory.CreateTempSubdirectory("agent-config-");
        try
        {
            var file = Path.Combine(directory.FullName, "metallb.yaml");
            File.Copy(Path.Combine(AgentBed.SamplePath, "metallb.yaml"), file);
            var bed = new AgentBed { Load = () => new ConfigurationLoader().AddPath(directory.FullName).Build() };
            bed.ReadInterfaces = () => AgentBed.Links(withVip: false);
            Assert.True(bed.Rounds.RunRound());
            Assert.Contains(bed.Rounds.Current!.Report.Diagnostics, d => d.RuleId == "MLB0901");

            // The ConfigMap is edited: the peer now sources from the node IP, which the node holds.
            File.WriteAllText(file, File.ReadAllText(file).Replace("sourceAddress: 10.255.0.2", "sourceAddress: 10.0.0.12", StringComparison.Ordinal));
            Assert.True(bed.Rounds.RunRound());
            Assert.DoesNotContain(bed.Rounds.Current!.Report.Diagnostics, d => d.RuleId == "MLB0901");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void AMountedConfigMap_IsReadOnce_ThroughItsTimestampedDirectory()
    {
        // kubelet's layout: metallb.yaml -> ..data/metallb.yaml, ..data -> ..2026_12_05_09_00_00.1, the real directory.
        var directory = Directory.CreateTempSubdirectory("agent-configmap-");
        try
        {
            var real = Directory.CreateDirectory(Path.Combine(directory.FullName, "..2026_12_05_09_00_00.1"));
            File.Copy(Path.Combine(AgentBed.SamplePath, "metallb.yaml"), Path.Combine(real.FullName, "metallb.yaml"));
            Directory.CreateSymbolicLink(Path.Combine(directory.FullName, "..data"), real.Name);
            File.CreateSymbolicLink(Path.Combine(directory.FullName, "metallb.yaml"), Path.Combine("..data", "metallb.yaml"));
            var bed = new AgentBed { Load = () => new ConfigurationLoader().AddPath(directory.FullName).Build() };

            Assert.True(bed.Rounds.RunRound());

            Assert.Equal(4, bed.Rounds.Current!.Report.ResourceCount); // as from deploy/node-agent/config itself
            Assert.DoesNotContain(bed.Rounds.Current.Report.Diagnostics, d => d.RuleId.StartsWith("MLB00", StringComparison.Ordinal)); // read twice: MLB0012 per object
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void FailingRound_KeepsTheLastGoodState_AndSaysWhy()
    {
        var bed = new AgentBed();
        Assert.True(bed.Rounds.RunRound());
        var good = bed.Rounds.Current;

        bed.Load = () => throw new IOException("the mounted ConfigMap is being replaced");
        Assert.False(bed.Rounds.RunRound());

        Assert.Same(good, bed.Rounds.Current);
        Assert.Equal("IOException: the mounted ConfigMap is being replaced", bed.Rounds.LastError);
        Assert.Equal(1, bed.Rounds.Failures);
        var readiness = bed.Rounds.Readiness();
        Assert.True(readiness.Ready);
        Assert.Equal(AgentReadiness.Degraded, readiness.Status);
        Assert.Contains("the mounted ConfigMap is being replaced", readiness.Reason, StringComparison.Ordinal);
        Assert.Contains("round 1", readiness.Reason, StringComparison.Ordinal);

        bed.Load = () => new ConfigurationLoader().AddPath(AgentBed.SamplePath).Build();
        Assert.True(bed.Rounds.RunRound());
        Assert.Null(bed.Rounds.LastError);
        Assert.Equal(AgentReadiness.Current, bed.Rounds.Readiness().Status);
        Assert.Equal(2, bed.Rounds.Current!.Generation);
    }

    [Fact]
    public void InputThatCannotBeRead_IsAFailedRound_NotAFinding()
    {
        var bed = new AgentBed();
        Assert.True(bed.Rounds.RunRound());

        var missing = Path.Combine(Path.GetTempPath(), $"agent-missing-{Guid.NewGuid():N}.yaml");
        bed.Load = () => new ConfigurationLoader().AddFile(missing).Build();
        Assert.False(bed.Rounds.RunRound());

        Assert.StartsWith("the configuration cannot be read: ", bed.Rounds.LastError, StringComparison.Ordinal);
        Assert.Contains(missing, bed.Rounds.LastError, StringComparison.Ordinal);
        Assert.Equal(1, bed.Rounds.Current!.Generation);
    }

    [Fact]
    public void InterfacesThatCannotBeRead_FailTheRound_AndKeepTheLastRead()
    {
        var bed = new AgentBed();
        Assert.True(bed.Rounds.RunRound());
        var read = bed.Rounds.Interfaces;

        bed.ReadInterfaces = () => throw new System.Net.NetworkInformation.NetworkInformationException(13);
        Assert.False(bed.Rounds.RunRound());

        Assert.Same(read, bed.Rounds.Interfaces);
        Assert.StartsWith("NetworkInformationException: ", bed.Rounds.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public void Readiness_BeforeAnyRound_AndWhileNoRoundSucceeded_IsNotReady()
    {
        var bed = new AgentBed();
        var starting = bed.Rounds.Readiness();
        Assert.False(starting.Ready);
        Assert.Equal(AgentReadiness.Starting, starting.Status);

        bed.Load = () => throw new UnauthorizedAccessException("permission denied");
        Assert.False(bed.Rounds.RunRound());
        var failing = bed.Rounds.Readiness();
        Assert.False(failing.Ready);
        Assert.Equal(AgentReadiness.Failing, failing.Status);
        Assert.Equal("no good round yet: UnauthorizedAccessException: permission denied", failing.Reason);
        Assert.NotNull(bed.Rounds.Interfaces); // the interfaces were read before the configuration failed
    }

    [Fact]
    public void RoundDone_TellsEachRoundsStateAndTheOneBefore()
    {
        var bed = new AgentBed();
        var seen = new List<(long? Now, long? Before)>();
        bed.Rounds.RoundDone += (state, previous) => seen.Add((state?.Generation, previous?.Generation));

        bed.Rounds.RunRound();
        bed.Load = () => throw new InvalidOperationException("bad");
        bed.Rounds.RunRound();

        Assert.Equal([(1L, (long?)null), ((long?)null, 1L)], seen);
    }

    [Fact]
    public async Task Start_RunsTheFirstRoundAtOnce_AndDisposeStopsTheLoop()
    {
        var bed = new AgentBed();
        await using (bed.Rounds)
        {
            bed.Rounds.Start();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (bed.Rounds.Current is null && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            Assert.NotNull(bed.Rounds.Current);
        }

        var rounds = bed.Rounds.Rounds;
        await Task.Delay(50);
        Assert.Equal(rounds, bed.Rounds.Rounds);
    }
}
