namespace Chujing.Web.Problems;

/// <summary>The caller may see the resource but may not do this to it, e.g. register a processor in another zone group (403).</summary>
public sealed class AccessDeniedException : Exception
{
    public AccessDeniedException()
    {
    }

    public AccessDeniedException(string message)
        : base(message)
    {
    }

    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
