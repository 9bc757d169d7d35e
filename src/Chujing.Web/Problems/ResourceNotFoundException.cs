namespace Chujing.Web.Problems;

/// <summary>
/// The resource does not exist, or the caller may not see it — deliberately the same answer (404), so that ids of
/// other tenants cannot be probed.
/// </summary>
public sealed class ResourceNotFoundException : Exception
{
    public ResourceNotFoundException()
    {
    }

    public ResourceNotFoundException(string message)
        : base(message)
    {
    }

    public ResourceNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
