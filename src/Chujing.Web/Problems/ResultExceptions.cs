using Chujing.Domain.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Problems;

/// <summary>
/// For services written as one sequence of steps (spot checks, edition notices) that call the result-returning
/// services: a failed step ends the request through the problem handler, which maps each exception back to the same
/// status the result would have had (404, 403, 409, 400/422).
/// </summary>
public static class ResultExceptions
{
    /// <summary>The value, or the failure as the exception the problem handler maps to the same status.</summary>
    public static T OrThrow<T>(this Result<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Error switch
        {
            null => result.Value,
            NotFoundError e => throw new ResourceNotFoundException(e.Message),
            ForbiddenError e => throw new AccessDeniedException(e.Message),
            ConflictError e => throw new DbUpdateConcurrencyException(e.Message),
            _ => result.ValueOrThrow(),
        };
    }
}
