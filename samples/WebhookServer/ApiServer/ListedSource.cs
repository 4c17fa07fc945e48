namespace WebhookServer.ApiServer;

/// <summary>One resource's items as a <c>kind: List</c> document for the loader, named after the path it was listed from.</summary>
public sealed record ListedSource(string Name, byte[] Json);
