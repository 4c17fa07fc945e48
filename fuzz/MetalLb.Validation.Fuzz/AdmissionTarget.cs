using MetalLb.Validation.Admission;
using MetalLb.Validation.Loading;

namespace MetalLb.Validation.Fuzz;

/// <summary>
/// One fuzz input as the body of <c>POST /validate</c>: <see cref="AdmissionHandler"/> over a small fixed cluster. A
/// crash is an exception escaping, an answer that does not serialise, or a status code other than none (allowed), 400
/// (malformed) or 422 (denied): whatever the bytes, the API server must get a well-formed review and never a 500.
/// </summary>
internal static class AdmissionTarget
{
    private const string Cluster = """
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: public, namespace: metallb-system}
        spec: {addresses: [203.0.113.0/25]}
        ---
        apiVersion: metallb.io/v1beta1
        kind: BFDProfile
        metadata: {name: fast, namespace: metallb-system}
        ---
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata: {name: tor, namespace: metallb-system}
        spec: {myASN: 64512, peerASN: 64600, peerAddress: 10.0.0.1, bfdProfile: fast}
        """;

    private static readonly AdmissionHandler Handler = new(new ConfigurationSetSnapshot(ConfigurationLoader.LoadText(Cluster, "cluster.yaml")));

    public static void Run(Stream input)
    {
        var review = Handler.HandleAsync(input).GetAwaiter().GetResult();
        _ = AdmissionHandler.Serialize(review);
        if (review.Response is not { } response || response.Status is { Code: not (400 or 422) } || (response.Status is null) != response.Allowed)
        {
            throw new InvalidOperationException($"not a well-formed answer: {AdmissionHandler.Serialize(review)}");
        }
    }
}
