using System.Globalization;
using MetalLb.Validation.Cli.Reporting;

namespace MetalLb.Validation.Cli.NodeAgent;

/// <summary>
/// <c>/readyz</c>'s answer: not ready until a round has validated this node; once one has, a failing round leaves the
/// agent ready on the last good state (status <c>degraded</c>) and the reason says what failed.
/// </summary>
internal sealed record AgentReadiness(bool Ready, string Status, string Reason, string Node, long? Generation, DateTimeOffset? ValidatedAt, string? LastError)
{
    public const string Starting = "starting";
    public const string Failing = "failing";
    public const string Current = "ready";
    public const string Degraded = "degraded";

    internal static AgentReadiness Of(AgentRounds rounds)
    {
        var node = rounds.Settings.Node;
        var state = rounds.Current;
        var error = rounds.LastError;
        if (state is null)
        {
            return error is null
                ? new(false, Starting, "no round yet: the first reads this host's interfaces and the configuration", node, null, null, null)
                : new(false, Failing, $"no good round yet: {error}", node, null, null, error);
        }

        var at = state.ValidatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        return error is null
            ? new(true, Current, $"node {node} validated at {at} (round {state.Generation}): {FindingCounts.Of(state.Report)}", node, state.Generation, state.ValidatedAt, null)
            : new(true, Degraded, $"the last round failed ({error}); serving the round of {at} (round {state.Generation})", node, state.Generation, state.ValidatedAt, error);
    }
}
