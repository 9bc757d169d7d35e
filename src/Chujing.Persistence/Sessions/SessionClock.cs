namespace Chujing.Persistence.Sessions;

/// <summary>
/// The one row that numbers <see cref="SessionRevocation"/>s. Incrementing it locks the row until the transaction
/// ends, so two changes never take the same version and a later version never commits before an earlier one.
/// </summary>
public class SessionClock
{
    /// <summary>Always <see cref="SingletonId"/>.</summary>
    public int Id { get; set; }

    public long Version { get; set; }

    public const int SingletonId = 1;
}
