namespace MetalLb.Validation.Model;

/// <summary>
/// What became of the documents of one source. Every document read is counted in exactly one of
/// <see cref="Modelled"/>, <see cref="Skipped"/>, <see cref="Empty"/> or <see cref="Reported"/>;
/// <see cref="Unread"/> says whether reading stopped early (syntax error, limit), which is always reported too.
/// </summary>
/// <param name="Source">The file path or source name.</param>
/// <param name="Documents">Documents read (a <c>kind: List</c> counts once).</param>
/// <param name="Modelled">Documents that gave at least one modelled object.</param>
/// <param name="Skipped">Documents of kinds this tool does not model.</param>
/// <param name="Empty">Empty or null documents.</param>
/// <param name="Reported">Documents that gave no object and a finding instead (not an object, wrong version, limit).</param>
/// <param name="Unread">True when the rest of the source was not read.</param>
public sealed record SourceDocumentCount(string Source, int Documents, int Modelled, int Skipped, int Empty, int Reported, bool Unread);
