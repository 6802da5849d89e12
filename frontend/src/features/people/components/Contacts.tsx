import { Anchor, Text } from '@mantine/core';
import type { Person } from '@/lib/api/types';

/** E-mail and phone as links on one line that wraps anywhere; nothing when the caller may not see them (null). */
export function Contacts({ person }: { person: Pick<Person, 'email' | 'phone'> }) {
  const { email, phone } = person;
  if (!email && !phone) return null;
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      {email && (
        <Anchor href={`mailto:${email}`} inherit>
          {email}
        </Anchor>
      )}
      {email && phone && ' · '}
      {phone && (
        <Anchor href={`tel:${phone.replace(/[^\d+]/g, '')}`} inherit>
          {phone}
        </Anchor>
      )}
    </Text>
  );
}
