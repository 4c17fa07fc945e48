namespace WebhookServer.ApiServer;

/// <summary>The result of one round of listing: a document per resource and a fingerprint of them all.</summary>
/// <param name="Sources">The documents, in <see cref="ListedResource.All"/> order; absent resources are left out.</param>
/// <param name="Fingerprint">SHA-256 over every document: equal fingerprints mean validation would see the same cluster.</param>
public sealed record ClusterListing(IReadOnlyList<ListedSource> Sources, string Fingerprint);
