/** The part of accessible-autocomplete 3's API the page uses (the package ships no types). */
declare module 'accessible-autocomplete' {
  interface AccessibleAutocompleteOptions<T> {
    element: HTMLElement;
    id: string;
    source: readonly string[] | ((query: string, populateResults: (results: readonly T[]) => void) => void);
    name?: string;
    defaultValue?: string;
    autoselect?: boolean;
    confirmOnBlur?: boolean;
    minLength?: number;
    displayMenu?: 'inline' | 'overlay';
    showNoOptionsFound?: boolean;
    showAllValues?: boolean;
    required?: boolean;
    inputClasses?: string;
    hintClasses?: string;
    menuClasses?: string;
    menuAttributes?: Record<string, string>;
    onConfirm?: (confirmed: T | undefined) => void;
    tNoResults?: () => string;
    templates?: {
      inputValue?: (option: T | undefined) => string;
      suggestion?: (option: T | string | undefined) => string;
    };
  }
  function accessibleAutocomplete<T = string>(options: AccessibleAutocompleteOptions<T>): void;
  export default accessibleAutocomplete;
}
