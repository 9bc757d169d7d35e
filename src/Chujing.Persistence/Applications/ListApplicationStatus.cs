namespace Chujing.Persistence.Applications;

/// <summary>Where an application to use the list stands.</summary>
public enum ListApplicationStatus
{
    Submitted,
    Approved,
    Rejected,
}
