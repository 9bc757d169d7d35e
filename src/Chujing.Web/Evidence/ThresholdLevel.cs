namespace Chujing.Web.Evidence;

/// <summary>How close a count is to a threshold.</summary>
public enum ThresholdLevel
{
    /// <summary>Below <see cref="ThresholdView.WarningRatio"/> of the limit.</summary>
    Ok,

    /// <summary>From <see cref="ThresholdView.WarningRatio"/> of the limit.</summary>
    Warning,

    /// <summary>At or above the limit.</summary>
    Exceeded,
}
