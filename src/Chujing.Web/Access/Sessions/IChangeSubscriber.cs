using Chujing.Persistence;

namespace Chujing.Web.Access.Sessions;

/// <summary>
/// Node memory other than sessions that follows the revocation log: a change logged under a subject starting with
/// <see cref="Prefix"/> on any node makes every node call <see cref="ChangedAsync"/> within the session revocation
/// bound (and whenever the node may have missed changes).
/// </summary>
public interface IChangeSubscriber
{
    /// <summary>The subjects this subscriber follows start with this text (e.g. <c>editions:</c>).</summary>
    string Prefix { get; }

    /// <summary>Reloads what changed, from <paramref name="db"/>.</summary>
    Task ChangedAsync(ChujingDbContext db, CancellationToken ct);
}
