using System.Runtime.CompilerServices;

namespace Chujing.Domain.Detection;

/// <summary>
/// Chinese personal names: two to four Han characters starting with a known surname (single or compound), a masked
/// form such as 张* or 李某某, or an ethnic-minority name written with a middle dot (阿卜杜·热合曼). Many short words
/// start with a surname character, so a column needs a name hint (姓名, 联系人, name…) or nearly all values matching.
/// </summary>
public sealed class PersonNameDetector : Detector
{
    public override string Id => "person-name";

    public override string Rule => "2-4 Han characters starting with a Chinese surname (or masked / dotted forms)";

    public override NameEvidence NameEvidence => NameEvidence.PreferredOrStrongValues;

    public override IReadOnlyList<string> MustMatch { get; } = ["张三", "王小明", "欧阳娜娜", "诸葛亮", "李*", "张**", "陈某某", "阿卜杜·热合曼"];

    public override IReadOnlyList<string> MustNotMatch { get; } = ["张", "北京市", "Zhang San", "张三丰123", "我爱北京天安门", "", "*三", "·热合曼", "张三·"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override DetectorMatch Detect(ReadOnlySpan<char> value)
    {
        if (value.Length is < 2 or > 16)
        {
            return DetectorMatch.None;
        }

        var dot = value.IndexOf('·');
        if (dot >= 0)
        {
            // Transliterated minority names: Han characters on both sides of the dot(s), no surname table applies.
            return dot > 0 && value[^1] != '·' && AllHanOrDot(value) ? DetectorMatch.Match : DetectorMatch.None;
        }

        if (value.Length > 4 || !IsHan(value[0]))
        {
            return DetectorMatch.None;
        }

        var given = 1;
        if (!ChineseSurnames.Single.Contains(value[0]))
        {
            if (value.Length < 3 || value[..2].IndexOfAny(ChineseSurnames.Compound) != 0)
            {
                return DetectorMatch.None;
            }

            given = 2;
        }

        foreach (var c in value[given..])
        {
            if (!IsHan(c) && c != '*')
            {
                return DetectorMatch.None;
            }
        }

        return DetectorMatch.Match;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static bool AllHanOrDot(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!IsHan(c) && c != '·')
            {
                return false;
            }
        }

        return true;
    }
}
