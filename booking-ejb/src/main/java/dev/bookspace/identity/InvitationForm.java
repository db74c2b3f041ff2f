package dev.bookspace.identity;

import dev.bookspace.shared.OneLine;
import dev.bookspace.tenancy.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Someone the owner invites to the dashboard. The name and address follow the sign-up's rules
 * ({@link SignUpForm}); the page checks them as they are typed and {@link StaffService} again.
 */
public class InvitationForm implements Serializable {

    @NotBlank(message = "Please enter their name.")
    @Size(max = 120, message = "A name can be at most 120 characters.")
    @OneLine
    private String name;

    @NotBlank(message = "Please enter their e-mail address.")
    @Email(regexp = "|[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+", message = "Please enter an e-mail address such as ada@example.org.")
    @Size(max = 254, message = "An e-mail address can be at most 254 characters.")
    private String email;

    @NotNull(message = "Please choose their role.")
    private Role role = Role.STAFF;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
