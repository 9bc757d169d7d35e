using System.Text.Json;
using Chujing.Domain.Diagnostics;

namespace Chujing.Web.Editions;

/// <summary>An item edit as a regulator types it on the edition page (JSON): read once, into the patch or the field's problem.</summary>
public static class ItemPatchText
{
    /// <summary>The JSON value of <paramref name="text"/>, or what is wrong with it under <paramref name="field"/>.</summary>
    public static Result<JsonElement> Parse(string text, string field)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            // The parser reports a syntax error only by throwing: its verdict becomes the field's message here.
            return Result<JsonElement>.Failure(Diagnostic.ForField(null, field, "is not JSON: " + e.Message.Split('.')[0]));
        }
    }
}
