using Chujing.Domain.Diagnostics;
using Chujing.Domain.Text;

namespace Chujing.Web.Problems;

/// <summary>
/// Every JSON body the API takes must be UTF-8 (RFC 8259 §8.1): checked once, before any endpoint reads it, so that a
/// bad byte is a 400 naming its line and column — not a 500 from deep in the parser, nor a "must be a string".
/// </summary>
public static class Utf8Bodies
{
    public static IApplicationBuilder UseUtf8Bodies(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api", StringComparison.Ordinal) && request.ContentLength != 0
            && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method))
            && request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            request.EnableBuffering();
            using var copy = new MemoryStream();
            await request.Body.CopyToAsync(copy, context.RequestAborted).ConfigureAwait(false);
            request.Body.Position = 0;
            if (Utf8Text.Validate(copy.GetBuffer().AsSpan(0, (int)copy.Length), null) is { } notUtf8)
            {
                await ProblemMapping.ToHttpResult(new InvalidError([notUtf8 with { Subject = "body" }])).ExecuteAsync(context).ConfigureAwait(false);
                return;
            }
        }

        await next(context).ConfigureAwait(false);
    });
}
