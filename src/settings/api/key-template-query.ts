import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { KEY_TEMPLATE_OPTION, parseKeyTemplate, type KeyTemplate } from '../../b24/chat-key.ts';
import type { B24Door } from '../../b24/door.ts';
import { useDoor } from '../../b24/door-context.ts';
import { saveKeyTemplate } from '../../chat/key-template-option.ts';
import { doorMutationOptions } from '../../query/door-mutation.ts';
import { settingsKeys } from './settings-keys.ts';

/**
 * The saved template: APP_OPTIONS came with the init data, so it is read without a request;
 * saving replaces it here, so every part of the page shows what the CRM tab will use.
 */
export function keyTemplateQueryOptions(door: B24Door) {
  return queryOptions({
    queryKey: settingsKeys.keyTemplate(),
    queryFn: () => parseKeyTemplate(door.appOption(KEY_TEMPLATE_OPTION)),
    initialData: () => parseKeyTemplate(door.appOption(KEY_TEMPLATE_OPTION)),
    staleTime: Infinity,
  });
}

export function useSaveKeyTemplate() {
  const queryClient = useQueryClient();
  return useMutation(
    doorMutationOptions(useDoor(), {
      mutationFn: async (door, template: KeyTemplate) => {
        await saveKeyTemplate(door, template);
        return template;
      },
      onSuccess: (template) => queryClient.setQueryData(settingsKeys.keyTemplate(), template),
    }),
  );
}
