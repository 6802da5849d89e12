import { Alert, Stack, Textarea, type TextareaProps, TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** From this share of the limit on, a field says how many characters are left. */
const NEAR_LIMIT_SHARE = 0.9;

/**
 * What a text field says about its length limit. Nothing is ever cut: a longer (for example pasted) text stays
 * whole, with an alert saying how much is over, and the form's own check keeps it from being sent. From 90 % of
 * the limit on it counts the characters left. Both boxes use the theme's light variant, readable at 4.5:1.
 */
export function TextLimitNotice({ length, max }: { length: number; max: number }) {
  const { t } = useTranslation();
  const over = length - max;
  const left = max - length;
  if (over > 0) {
    return (
      <Alert color="orange.9" variant="light" role="alert" title={t('textLimit.tooLongTitle')} p="xs">
        {t('textLimit.tooLong', { count: over, max })}
      </Alert>
    );
  }
  if (left <= max * (1 - NEAR_LIMIT_SHARE)) {
    return (
      <Alert color="orange.9" variant="light" role="status" p="xs">
        {t('textLimit.nearLimit', { count: left })}
      </Alert>
    );
  }
  return null;
}

type WithLimit<P> = Omit<P, 'value'> & { value?: string; max: number };

/** A textarea with a length limit: the count in its description, and the notice under it. */
export function LimitedTextarea({ max, description, ...props }: WithLimit<TextareaProps>) {
  const { t } = useTranslation();
  const length = props.value?.length ?? 0;
  return (
    <Stack gap={6}>
      <Textarea autosize minRows={2} maxRows={12} {...props} description={description ?? t('textLimit.description', { max, length })} />
      <TextLimitNotice length={length} max={max} />
    </Stack>
  );
}

/** A one-line text input with a length limit: the count in its description, and the notice under it. */
export function LimitedTextInput({ max, description, ...props }: WithLimit<TextInputProps>) {
  const { t } = useTranslation();
  const length = props.value?.length ?? 0;
  return (
    <Stack gap={6}>
      <TextInput {...props} description={description ?? t('textLimit.description', { max, length })} />
      <TextLimitNotice length={length} max={max} />
    </Stack>
  );
}
